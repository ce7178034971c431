package io.signals4j.request;

/**
 * What the three request signals carry in common: the request line, read when the request
 * arrived, and the server's own request object.
 *
 * <p>The portable fields are the counterpart of the request line in Django's WSGI {@code environ}
 * ({@code REQUEST_METHOD}, {@code PATH_INFO}, {@code QUERY_STRING}), except that the path is the
 * raw one the client sent, not yet percent-decoded. The native object is what a receiver needs
 * for anything else (headers, attributes, the session).
 */
public sealed interface RequestPayload
    permits RequestStarted, RequestFinished, GotRequestException {

  /**
   * The request method.
   *
   * @return the method as the client sent it, such as {@code GET}
   */
  String method();

  /**
   * The request path.
   *
   * @return the path as the client sent it: not percent-decoded, without the query
   */
  String path();

  /**
   * The query string.
   *
   * @return the query without its {@code ?}, not percent-decoded, or null if the target had none
   */
  String query();

  /**
   * The server's own request object: a {@code jakarta.servlet.http.HttpServletRequest} from the
   * servlet filter, a {@code com.sun.net.httpserver.HttpExchange} from the JDK server's filter.
   * It belongs to the server: read it during the send only, and from the thread of the send.
   *
   * @return the request object, never null
   */
  Object request();

  /**
   * The server's own request object as {@code type}, for example {@code
   * started.request(HttpServletRequest.class)}.
   *
   * @param <T> the type asked for
   * @param type the type asked for
   * @return the request object, never null
   * @throws ClassCastException if the request object is not a {@code type}, naming both types:
   *     the payload came from another server than the receiver expects
   */
  default <T> T request(Class<T> type) {
    Object request = request();
    if (!type.isInstance(request)) {
      throw new ClassCastException(
          getClass().getSimpleName() + " carries a " + request.getClass().getName()
              + ", not a " + type.getName() + ": it was sent by another server's filter");
    }
    return type.cast(request);
  }
}
