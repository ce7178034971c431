/**
 * Payloads of Django's request signals ({@code django.core.signals}): {@link
 * io.signals4j.request.RequestStarted}, {@link io.signals4j.request.RequestFinished} and {@link
 * io.signals4j.request.GotRequestException}.
 *
 * <p>They are sent by the emitter modules, one per HTTP server: {@code signals4j-servlet} (a
 * Jakarta Servlet filter) and {@code signals4j-jdk-httpserver} (a filter of the JDK's {@code
 * com.sun.net.httpserver}). The sender of every send is the emitting filter's class, as Django's
 * is its handler class ({@code WSGIHandler}); connect for that class to hear one server only, or
 * for any sender to hear them all. This package depends on no server API: the server's own
 * request object is carried as an {@code Object} and read back typed with {@link
 * io.signals4j.request.RequestPayload#request(Class)}.
 */
package io.signals4j.request;
