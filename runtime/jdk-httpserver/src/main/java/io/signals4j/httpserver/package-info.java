/**
 * Django's request signals for the JDK's own HTTP server, {@code com.sun.net.httpserver}: {@link
 * io.signals4j.httpserver.HttpServerSignalsFilter}.
 */
package io.signals4j.httpserver;
