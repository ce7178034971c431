package io.signals4j.it.demo.receivers;

import io.signals4j.Receiver;
import io.signals4j.Supplied;
import io.signals4j.it.demo.Timeline;
import io.signals4j.request.GotRequestException;
import io.signals4j.request.RequestPayload;
import io.signals4j.request.RequestStarted;

/** Requests: what the HTTP server is asked, and what fails. */
@Supplied
public final class RequestReceivers {

  private final Timeline timeline;

  /**
   * Receivers that report on {@code timeline}.
   *
   * @param timeline where the events go
   */
  public RequestReceivers(Timeline timeline) {
    this.timeline = timeline;
  }

  /**
   * Reports a request as it arrives, before the handler runs.
   *
   * @param started the request line
   */
  @Receiver(signal = RequestStarted.class)
  public void requestStarted(RequestStarted started) {
    timeline.signal("request_started", requestLine(started));
  }

  /**
   * Reports a handler's exception in one line, where a server would log its stack trace; the
   * client gets a 500.
   *
   * @param failed the request and the exception
   */
  @Receiver(signal = GotRequestException.class)
  public void gotRequestException(GotRequestException failed) {
    Throwable exception = failed.exception();
    timeline.signal(
        "got_request_exception", requestLine(failed) + " failed with "
            + exception.getClass().getSimpleName() + ": " + exception.getMessage()
            + "; the client gets a 500");
  }

  /**
   * The method and target of a request.
   *
   * @param request the request signal's payload
   * @return {@code GET /path?query}
   */
  public static String requestLine(RequestPayload request) {
    return request.method() + " " + request.path()
        + (request.query() == null ? "" : "?" + request.query());
  }
}
