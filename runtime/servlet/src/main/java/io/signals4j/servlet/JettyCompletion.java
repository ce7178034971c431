package io.signals4j.servlet;

import jakarta.servlet.ServletContext;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;

/**
 * Jetty 12's own moment for {@code request_finished}: its request completion listener, called
 * once the response has been written (or the request has failed), after the filter's {@code
 * finally} and after every asynchronous and error dispatch.
 *
 * <p>The only class here that names Jetty. {@link SignalsFilter} calls it only when the container
 * says it is Jetty, so on other containers it is never loaded, and Jetty need not be present.
 */
final class JettyCompletion {

  private JettyCompletion() {}

  /** Whether {@code context} is one of Jetty's ee11 servlet contexts. */
  static boolean serves(ServletContext context) {
    return context instanceof ServletContextHandler.ServletContextApi;
  }

  /**
   * Has Jetty call {@code flight} once its request has completed.
   *
   * @return false if the request is not one of Jetty's ee11 requests
   */
  static boolean whenComplete(InFlightRequest flight) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(flight.request);
    if (request == null) {
      return false;
    }
    Request.addCompletionListener(request, flight);
    return true;
  }
}
