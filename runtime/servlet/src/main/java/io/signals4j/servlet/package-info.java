/**
 * Django's request signals for Jakarta Servlet 6.1 web applications: {@link
 * io.signals4j.servlet.SignalsFilter}.
 */
package io.signals4j.servlet;
