package io.signals4j.httpserver;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.signals4j.ReceiverException;
import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.request.GotRequestException;
import io.signals4j.request.RequestFinished;
import io.signals4j.request.RequestStarted;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Objects;

/**
 * Sends Django's request signals for the requests of one {@code HttpContext} of the JDK's HTTP
 * server, with this class as the sender (Django's is its handler class, {@code WSGIHandler}), and
 * answers 500 when the handler throws, as Django does.
 *
 * <pre>{@code
 * server.createContext("/", handler).getFilters().add(new HttpServerSignalsFilter(signals));
 * }</pre>
 *
 * <h2>What is sent when</h2>
 *
 * <ul>
 *   <li>{@link RequestStarted} before the rest of the chain (later filters, then the handler).
 *   <li>{@link GotRequestException} when the handler throws. If it has not sent its status line
 *       yet, the client then gets a 500 with no body, and the exception is logged; without this
 *       filter the server would close the connection without an answer, and the JDK's client
 *       would send the request again. If the status line has gone, the exception is logged and
 *       rethrown, so that the server cuts the connection and the client sees the response
 *       incomplete rather than apparently whole. An {@link Error} gets its 500 too, and is
 *       then rethrown, as signals4j never swallows one: it ends the server's worker thread, as it
 *       would without the filter. A status the handler sends itself, a 404 included, sends
 *       nothing, as {@code Http404} sends nothing in Django.
 *   <li>{@link RequestFinished} once per started request, when the response is complete: when
 *       the exchange or its response body is closed, after the server has handed the end of the
 *       response to the connection (Django's moment, {@code HttpResponse.close()}), whichever
 *       thread closes it; if the handler returns having sent its status line but closed nothing
 *       (a response without body, {@code sendResponseHeaders(status, -1)}, needs no close), when
 *       it returns. A handler that returns before sending its status line has handed the exchange
 *       to another thread, and the request finishes when that thread closes it.
 * </ul>
 *
 * <p>A request for a path no context serves gets the server's own 404 and passes no filter, so it
 * sends nothing. The exceptions are logged on the {@code System.Logger} named {@code
 * io.signals4j.httpserver}, at {@code ERROR}.
 *
 * <h2>Failing receivers</h2>
 *
 * The signals are sent with {@link Signal#send}, as Django sends them, so the first receiver that
 * throws stops the receivers after it, and then:
 *
 * <ul>
 *   <li>{@code request_started}: the handler does not run; the client gets a 500 and the failure
 *       is logged; no other signal follows.
 *   <li>{@code got_request_exception}: the client gets the same 500; the {@code ReceiverException}
 *       is added as a suppressed exception to the handler's, which is logged.
 *   <li>{@code request_finished}: nothing changes for the client, whose response is complete; the
 *       failure is logged.
 * </ul>
 *
 * <h2>Cost</h2>
 *
 * When no receiver hears any of the three signals from this sender, a request costs three {@link
 * Signal#hasListeners} checks and allocates nothing. Whether {@code request_finished} will be
 * sent is decided when the request arrives.
 */
public final class HttpServerSignalsFilter extends Filter {

  private final Signal<RequestStarted> started;
  private final Signal<RequestFinished> finished;
  private final Signal<GotRequestException> gotRequestException;

  /**
   * A filter that sends the request signals of {@code signals}.
   *
   * @param signals the application's signals
   */
  public HttpServerSignalsFilter(Signals signals) {
    Objects.requireNonNull(signals, "signals");
    this.started = signals.signal(RequestStarted.class);
    this.finished = signals.signal(RequestFinished.class);
    this.gotRequestException = signals.signal(GotRequestException.class);
  }

  /**
   * Names what the filter does, for the server's own descriptions.
   *
   * @return a sentence
   */
  @Override
  public String description() {
    return "Sends the request signals request_started, got_request_exception and"
        + " request_finished, and answers 500 when the handler throws";
  }

  /**
   * Sends the request signals around the rest of the chain.
   *
   * @param exchange the exchange
   * @param chain the rest of the chain
   * @throws IOException as the rest of the chain throws it after the status line was sent
   */
  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    boolean hearsStart = started.hasListeners(HttpServerSignalsFilter.class);
    boolean hearsFinish = finished.hasListeners(HttpServerSignalsFilter.class);
    InFlightExchange flight = hearsStart || hearsFinish
            || gotRequestException.hasListeners(HttpServerSignalsFilter.class)
        ? new InFlightExchange(exchange, finished, System.nanoTime())
        : null;
    if (hearsStart) {
      try {
        started.send(
            HttpServerSignalsFilter.class,
            new RequestStarted(flight.method, flight.path, flight.query, exchange));
      } catch (ReceiverException failure) {
        log(exchange, "A request_started receiver failed", failure);
        answer500(exchange);
        return;
      }
    }
    if (hearsFinish) {
      exchange.setStreams(null, new FinishingStream(exchange.getResponseBody(), flight));
    }
    try {
      chain.doFilter(exchange);
    } catch (IOException | RuntimeException | Error e) {
      if (!answeredFailure(exchange, flight, e) || e instanceof Error) {
        throw e;
      }
      return;
    }
    // A status line and no body finish the response at once: no stream to close.
    if (flight != null && exchange.getResponseCode() != -1) {
      flight.finish();
    }
  }

  /**
   * Reports the handler's exception, and answers 500 if the status line has not gone yet.
   *
   * @return whether the client got the 500
   */
  private boolean answeredFailure(HttpExchange exchange, InFlightExchange flight, Throwable e) {
    if (flight != null && gotRequestException.hasListeners(HttpServerSignalsFilter.class)) {
      try {
        gotRequestException.send(
            HttpServerSignalsFilter.class,
            new GotRequestException(flight.method, flight.path, flight.query, e, exchange));
      } catch (ReceiverException receiverFailure) {
        e.addSuppressed(receiverFailure);
      }
    }
    log(exchange, "Internal Server Error", e);
    boolean answered = exchange.getResponseCode() == -1 && answer500(exchange);
    if (flight != null) {
      flight.finish();
    }
    return answered;
  }

  /**
   * Sends a 500 without body and closes the exchange.
   *
   * @return false if the connection failed meanwhile
   */
  private static boolean answer500(HttpExchange exchange) {
    try {
      exchange.sendResponseHeaders(500, -1);
      return true;
    } catch (IOException gone) {
      return false;
    } finally {
      exchange.close();
    }
  }

  static void log(HttpExchange exchange, String what, Throwable failure) {
    URI uri = exchange.getRequestURI();
    Log.LOGGER.log(
        Level.ERROR, what + ": " + exchange.getRequestMethod() + " " + uri.getRawPath(), failure);
  }

  /**
   * Holds the logger, so that the JVM's logging is set up on the first failure rather than when
   * the filter is created.
   */
  private static final class Log {
    static final System.Logger LOGGER = System.getLogger("io.signals4j.httpserver");
  }
}
