package io.signals4j.servlet;

import io.signals4j.ReceiverException;
import io.signals4j.Signal;
import io.signals4j.request.GotRequestException;
import io.signals4j.request.RequestFinished;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One request between {@code request_started} and {@code request_finished}, on whichever threads
 * the container completes it: it makes sure that {@code request_finished} is sent once and each
 * exception reported once, however many of the container's callbacks end up here.
 */
final class InFlightRequest implements AsyncListener, Consumer<Throwable> {

  /** How deep to look into an exception's causes for one already reported. */
  private static final int CAUSE_DEPTH = 8;

  final HttpServletRequest request;
  final HttpServletResponse response;
  final String method;
  final String path;
  final String query;
  private final Signal<RequestFinished> finished;
  private final Signal<GotRequestException> gotRequestException;
  private final ServletContext context;
  private final long startNanos;
  private final AtomicBoolean finishSent = new AtomicBoolean();

  /** Whether {@link #onComplete} sends {@code request_finished}, rather than Jetty's listener. */
  private volatile boolean finishOnAsyncComplete;

  /** Guarded by {@code this}: the exceptions reported, so that an echo of one is not; or null. */
  private List<Throwable> reported;

  InFlightRequest(
      HttpServletRequest request,
      HttpServletResponse response,
      Signal<RequestFinished> finished,
      Signal<GotRequestException> gotRequestException,
      long startNanos) {
    this.request = request;
    this.response = response;
    this.method = request.getMethod();
    this.path = request.getRequestURI();
    this.query = request.getQueryString();
    this.finished = finished;
    this.gotRequestException = gotRequestException;
    this.context = request.getServletContext();
    this.startNanos = startNanos;
  }

  /**
   * Sends {@code got_request_exception} for {@code exception} unless it, or an exception it was
   * caused by, was reported already.
   *
   * @return the receiver's failure, or null
   */
  ReceiverException gotException(Throwable exception) {
    synchronized (this) {
      if (alreadyReported(exception)) {
        return null;
      }
      if (reported == null) {
        reported = new ArrayList<>(1);
      }
      reported.add(exception);
    }
    if (!gotRequestException.hasListeners(SignalsFilter.class)) {
      return null;
    }
    try {
      gotRequestException.send(
          SignalsFilter.class, new GotRequestException(method, path, query, exception, request));
      return null;
    } catch (ReceiverException failure) {
      return failure;
    }
  }

  private boolean alreadyReported(Throwable exception) {
    if (reported == null) {
      return false;
    }
    Throwable cause = exception;
    for (int depth = 0; cause != null && depth < CAUSE_DEPTH; depth++, cause = cause.getCause()) {
      for (Throwable earlier : reported) {
        if (cause == earlier) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether this request's signals go to the signals that {@code finished} belongs to. */
  boolean sendsTo(Signal<RequestFinished> finished) {
    return this.finished == finished;
  }

  /** Sends {@code request_finished}, the first time only. */
  void finish(int status) {
    if (!finishSent.compareAndSet(false, true) || !finished.hasListeners(SignalsFilter.class)) {
      return;
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
    try {
      finished.send(
          SignalsFilter.class,
          new RequestFinished(method, path, query, status, duration, request));
    } catch (ReceiverException failure) {
      log("request_finished", failure);
    }
  }

  /** Follows an asynchronous request to its end. */
  void listenTo(AsyncContext async, boolean finishOnComplete) {
    finishOnAsyncComplete = finishOnComplete;
    async.addListener(this);
  }

  /**
   * Jetty's completion listener: the response has been written, or the request failed (the
   * client went away, say), which Django has no exception for either.
   */
  @Override
  public void accept(Throwable failure) {
    finish(response.getStatus());
  }

  @Override
  public void onComplete(AsyncEvent event) {
    if (finishOnAsyncComplete) {
      finish(response.getStatus());
    }
  }

  /** The container dispatches its error page next; Django has no time-out to report. */
  @Override
  public void onTimeout(AsyncEvent event) {}

  /**
   * Reports an error of the request, unless it is the connection's: an {@link IOException} here
   * is a connection that failed or was closed (Jetty's {@code EofException}, Tomcat's {@code
   * ClientAbortException}), not the application failing, which Django does not report either.
   */
  @Override
  public void onError(AsyncEvent event) {
    Throwable exception = event.getThrowable();
    if (exception != null && !(exception instanceof IOException)) {
      ReceiverException receiverFailure = gotException(exception);
      if (receiverFailure != null) {
        log("got_request_exception", receiverFailure);
      }
    }
  }

  /** A new asynchronous cycle drops the listeners of the last one: stay on. */
  @Override
  public void onStartAsync(AsyncEvent event) {
    event.getAsyncContext().addListener(this);
  }

  private void log(String signal, ReceiverException failure) {
    context.log(
        "A " + signal + " receiver failed for " + method + " " + path
            + "; the response was not changed",
        failure);
  }
}
