package io.signals4j.httpserver;

import com.sun.net.httpserver.HttpExchange;
import io.signals4j.ReceiverException;
import io.signals4j.Signal;
import io.signals4j.request.RequestFinished;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One exchange between {@code request_started} and {@code request_finished}: it makes sure that
 * {@code request_finished} is sent once, whether the response body's close or the handler's return
 * comes first, and on whichever thread.
 */
final class InFlightExchange {

  final HttpExchange exchange;
  final String method;
  final String path;
  final String query;
  private final Signal<RequestFinished> finished;
  private final long startNanos;
  private final AtomicBoolean finishSent = new AtomicBoolean();

  InFlightExchange(HttpExchange exchange, Signal<RequestFinished> finished, long startNanos) {
    this.exchange = exchange;
    URI uri = exchange.getRequestURI();
    this.method = exchange.getRequestMethod();
    this.path = uri.getRawPath();
    this.query = uri.getRawQuery();
    this.finished = finished;
    this.startNanos = startNanos;
  }

  /** Sends {@code request_finished}, the first time only. */
  void finish() {
    if (!finishSent.compareAndSet(false, true)
        || !finished.hasListeners(HttpServerSignalsFilter.class)) {
      return;
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
    try {
      finished.send(
          HttpServerSignalsFilter.class,
          new RequestFinished(
              method, path, query, exchange.getResponseCode(), duration, exchange));
    } catch (ReceiverException failure) {
      HttpServerSignalsFilter.log(
          exchange, "A request_finished receiver failed; the response was not changed", failure);
    }
  }
}
