package io.signals4j.request;

import java.util.Objects;

/**
 * Django's {@code request_started}: a request has arrived and its handling is about to begin.
 *
 * <p>Django sends it with {@code environ} (WSGI) or {@code scope} (ASGI), the request as the
 * server received it; here that is the portable request line plus the server's request object,
 * {@link #request()}. Sent with {@code send} before the application sees the request, as Django
 * sends it before it builds the {@code HttpRequest}: a receiver that throws stops the request
 * there. The application does not run, the client gets a 500 from the server, and neither {@link
 * GotRequestException} nor {@link RequestFinished} follows, as in Django, where the exception
 * leaves the WSGI handler before a response exists.
 *
 * @param method the request method, such as {@code GET}
 * @param path the raw request path, without the query
 * @param query the raw query string without its {@code ?}, or null if there was none
 * @param request the server's request object; see {@link RequestPayload#request()}
 */
public record RequestStarted(String method, String path, String query, Object request)
    implements RequestPayload {

  /**
   * Checks the components.
   *
   * @param method the request method
   * @param path the raw request path
   * @param query the raw query string, or null
   * @param request the server's request object
   * @throws NullPointerException if a component other than the query is null
   */
  public RequestStarted {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(request, "request");
  }
}
