package io.signals4j.request;

import java.util.Objects;

/**
 * Django's {@code got_request_exception}: the application failed with an exception while handling
 * a request, and the client gets a 500 where nothing was sent yet.
 *
 * <p>Django sends it with {@code request} (the {@code HttpRequest}) from {@code
 * response_for_exception}, for exceptions it does not turn into a 4xx response, and hands the
 * exception itself only to its logging; here the exception is a component, since a receiver
 * usually wants it. A response status the application chose itself, a 404 included, is not an
 * exception and sends nothing, as {@code Http404} sends nothing in Django. Django's sender is
 * always {@code None}; here it is the emitting filter's class, like the two other request signals,
 * so a receiver connected for any sender hears it as in Django.
 *
 * <p>Sent with {@code send}, before the server writes its error response: a receiver that throws
 * stops the receivers after it and changes nothing for the client, who gets the same 500. The
 * emitters attach its {@code ReceiverException} to the request's exception as a suppressed one,
 * or log it where the request's exception is not theirs to rethrow.
 *
 * @param method the request method, such as {@code GET}
 * @param path the raw request path, without the query
 * @param query the raw query string without its {@code ?}, or null if there was none
 * @param exception what the application threw
 * @param request the server's request object; see {@link RequestPayload#request()}
 */
public record GotRequestException(
    String method, String path, String query, Throwable exception, Object request)
    implements RequestPayload {

  /**
   * Checks the components.
   *
   * @param method the request method
   * @param path the raw request path
   * @param query the raw query string, or null
   * @param exception what the application threw
   * @param request the server's request object
   * @throws NullPointerException if a component other than the query is null
   */
  public GotRequestException {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(exception, "exception");
    Objects.requireNonNull(request, "request");
  }
}
