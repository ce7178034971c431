package io.signals4j.request;

import java.time.Duration;
import java.util.Objects;

/**
 * Django's {@code request_finished}: the response has been sent and closed.
 *
 * <p>Django sends it with no arguments from {@code HttpResponse.close()}, which the WSGI server
 * calls once it has written the whole response, streamed ones included; the emitters send it at
 * the same moment where their server exposes it, and say where it does not. It is sent once per
 * request that was {@linkplain RequestStarted started}, whether the application succeeded, failed
 * or answered asynchronously. The request line, status and duration are additions Django lacks,
 * cheap to give here. Sent with {@code send}: a receiver that throws stops the receivers after it,
 * but the response has already gone, so the emitter logs the failure and the client sees nothing
 * of it, as a WSGI server logs an exception from {@code close()}.
 *
 * @param method the request method, such as {@code GET}
 * @param path the raw request path, without the query
 * @param query the raw query string without its {@code ?}, or null if there was none
 * @param status the response status sent, such as 200 or 500, or -1 if no status line was sent
 * @param duration from just before {@link RequestStarted} to just before this send
 * @param request the server's request object; see {@link RequestPayload#request()}
 */
public record RequestFinished(
    String method, String path, String query, int status, Duration duration, Object request)
    implements RequestPayload {

  /**
   * Checks the components.
   *
   * @param method the request method
   * @param path the raw request path
   * @param query the raw query string, or null
   * @param status the response status, or -1
   * @param duration the time since the request arrived
   * @param request the server's request object
   * @throws NullPointerException if a component other than the query is null
   * @throws IllegalArgumentException if the duration is negative
   */
  public RequestFinished {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(request, "request");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("RequestFinished duration is negative: " + duration);
    }
  }
}
