package io.signals4j.servlet;

import io.signals4j.ReceiverException;
import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.request.GotRequestException;
import io.signals4j.request.RequestFinished;
import io.signals4j.request.RequestStarted;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Objects;

/**
 * Sends Django's request signals for the requests of a servlet web application, with this class
 * as the sender (Django's is its handler class, {@code WSGIHandler}).
 *
 * <pre>{@code
 * // embedded Jetty:
 * context.addFilter(new SignalsFilter(signals), "/*", EnumSet.of(REQUEST, ASYNC));
 * // any container, from a ServletContextListener or an initializer of the application:
 * SignalsFilter.register(servletContext, signals);
 * }</pre>
 *
 * <h2>What is sent when</h2>
 *
 * <ul>
 *   <li>{@link RequestStarted} when a request enters the filter, before the rest of the chain.
 *   <li>{@link GotRequestException} when an exception escapes the rest of the chain, before the
 *       container turns it into its 500 response, in the request's own dispatch or in one of its
 *       asynchronous dispatches ({@code AsyncContext.dispatch}; the filter must be mapped for the
 *       {@code ASYNC} dispatcher type to see those); when the container reports an error through
 *       {@code AsyncListener.onError}, unless it is an {@code IOException}: the connection
 *       failing, not the application; and when the application reports one its own worker
 *       caught, through {@link #reportException}. An exception is reported once however many of
 *       these see it. A status the application sets itself, a 404 from {@code sendError}
 *       included, sends nothing, as {@code Http404} sends nothing in Django.
 *   <li>{@link RequestFinished} once per started request, after its response:
 *       <ul>
 *         <li>On Jetty 12 (ee11), when Jetty has written the whole response, through its request
 *             completion listener: Django's moment, after {@code HttpResponse.close()}, for plain,
 *             failed, streamed and asynchronous requests alike.
 *         <li>On other containers, when the filter returns for a synchronous request: the
 *             application has finished and a streamed response has been written, but a small
 *             response may still sit unsent in the container's buffer, and for a request that
 *             failed the status is the 500 the container is about to send. For an asynchronous
 *             request, from {@code AsyncListener.onComplete}, after the container has completed
 *             the response (on time-out too).
 *       </ul>
 * </ul>
 *
 * <p>Only the request's own dispatch sends {@code request_started} and {@code request_finished};
 * forwards, includes and the container's error and asynchronous dispatches belong to a request
 * already started, so a filter mapped for every dispatcher type sends nothing twice, and neither
 * does a second filter of the same signals in one chain, registered twice by mistake. The filter
 * must support asynchronous requests for asynchronous servlets to work behind it: Jetty's {@code
 * addFilter} and {@link #register} make it so.
 *
 * <h2>Failing receivers</h2>
 *
 * The signals are sent with {@link Signal#send}, as Django sends them, so the first receiver that
 * throws stops the receivers after it, and then:
 *
 * <ul>
 *   <li>{@code request_started}: its {@code ReceiverException} leaves the filter, so the
 *       application does not run and the container answers 500; no other signal follows.
 *   <li>{@code got_request_exception}: the client gets the same 500. The {@code ReceiverException}
 *       is added as a suppressed exception to the request's exception, which leaves the filter as
 *       before; reported from {@code onError}, it is logged to the servlet context's log.
 *   <li>{@code request_finished}: nothing changes for the client, whose response is complete or
 *       about to be; the failure is logged to the servlet context's log.
 * </ul>
 *
 * <h2>Cost</h2>
 *
 * When no receiver hears any of the three signals from this sender, a request costs three {@link
 * Signal#hasListeners} checks and allocates nothing. So what a request will need is decided when
 * it arrives: a receiver connected while a request is in flight may miss that request's later
 * signals, and hears those of every request that arrives after it.
 *
 * <h2>Jetty</h2>
 *
 * Jetty's completion listener is used when the servlet context says it is Jetty's ({@link
 * ServletContext#getServerInfo()} starts with {@code jetty/}) and Jetty's ee11 classes are
 * visible to the application, as in an embedded server. That code lives in its own class,
 * compiled against Jetty but never loaded elsewhere; where Jetty hides its classes from web
 * applications, the filter falls back to the portable moments above. No reflection is involved:
 * the JVM resolves a class's references only when its code first runs.
 *
 * <p>Jetty 12.1 calls no {@code AsyncListener.onError} for an exception that escapes an
 * asynchronous dispatch (it answers 500 and completes the request), which is why the filter
 * should be mapped for {@code ASYNC} too; and nothing at all sees an exception thrown by a task
 * given to {@code AsyncContext.start}: the request waits for its time-out, so catch it and call
 * {@link #reportException}. A client that leaves an asynchronous request is noticed only when the
 * response is written, so such a request finishes at its time-out. Jetty calls {@code onError}
 * with an {@code EofException} for the asynchronous requests still open when it stops: an {@code
 * IOException}, so not reported.
 */
public final class SignalsFilter implements Filter {

  /**
   * The request attribute that finds a request's {@link InFlightRequest} again: from its
   * asynchronous dispatches, from {@link #reportException}, and from a second filter.
   */
  private static final String IN_FLIGHT = InFlightRequest.class.getName();

  private final Signal<RequestStarted> started;
  private final Signal<RequestFinished> finished;
  private final Signal<GotRequestException> gotRequestException;
  /** Whether to use the container's own completion moment where there is one; tests turn it off. */
  private final boolean containerCompletion;

  /** Set by {@link #init}: whether requests reach this filter through Jetty's ee11 servlets. */
  private volatile boolean jettyCompletes;

  /**
   * A filter that sends the request signals of {@code signals}.
   *
   * @param signals the application's signals
   */
  public SignalsFilter(Signals signals) {
    this(signals, true);
  }

  SignalsFilter(Signals signals, boolean containerCompletion) {
    Objects.requireNonNull(signals, "signals");
    this.started = signals.signal(RequestStarted.class);
    this.finished = signals.signal(RequestFinished.class);
    this.gotRequestException = signals.signal(GotRequestException.class);
    this.containerCompletion = containerCompletion;
  }

  /**
   * Adds a {@code SignalsFilter} to a web application for every path, ahead of the filters of its
   * deployment descriptor, for the {@code REQUEST} and {@code ASYNC} dispatcher types and
   * supporting asynchronous requests: the portable set-up, from a {@code ServletContextListener}
   * or a {@code ServletContainerInitializer} of the application.
   *
   * @param context the web application, not yet started
   * @param signals the application's signals
   * @return the registration, named after this class
   * @throws IllegalStateException if the application already has a filter of that name, or has
   *     started
   * @throws UnsupportedOperationException if the container refuses filters from this caller: the
   *     Servlet specification lets it refuse a listener that was itself added programmatically
   */
  public static FilterRegistration.Dynamic register(ServletContext context, Signals signals) {
    String name = SignalsFilter.class.getName();
    FilterRegistration.Dynamic registration = context.addFilter(name, new SignalsFilter(signals));
    if (registration == null) {
      throw new IllegalStateException(
          "The web application " + context.getContextPath() + " already has a filter named "
              + name + "; register the request signals once");
    }
    registration.setAsyncSupported(true);
    registration.addMappingForUrlPatterns(
        EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC), false, "/*");
    return registration;
  }

  /**
   * Looks at the container once: whether {@code request_finished} can wait for Jetty's completion
   * listener.
   *
   * @param config the filter's configuration
   */
  @Override
  public void init(FilterConfig config) {
    jettyCompletes = containerCompletion && jettyServes(config.getServletContext());
  }

  private static boolean jettyServes(ServletContext context) {
    String server = context.getServerInfo();
    if (server == null || !server.startsWith("jetty/")) {
      return false;
    }
    try {
      return JettyCompletion.serves(context);
    } catch (LinkageError hidden) {
      // Jetty hides its own classes from web applications it deploys, or this is another Jetty
      // than the ee11 one this module was built for: the portable moments it is.
      return false;
    }
  }

  /**
   * Sends the request signals around the rest of the chain.
   *
   * @param servletRequest the request
   * @param servletResponse the response
   * @param chain the rest of the chain
   * @throws IOException as the rest of the chain throws it
   * @throws ServletException as the rest of the chain throws it
   * @throws ReceiverException if a {@code request_started} receiver fails
   */
  @Override
  public void doFilter(
      ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    DispatcherType dispatch = servletRequest.getDispatcherType();
    if (dispatch == DispatcherType.ASYNC) {
      dispatchAsync(servletRequest, servletResponse, chain);
      return;
    }
    if (dispatch != DispatcherType.REQUEST
        || !(servletRequest instanceof HttpServletRequest request)
        || !(servletResponse instanceof HttpServletResponse response)) {
      chain.doFilter(servletRequest, servletResponse);
      return;
    }
    boolean hearsStart = started.hasListeners(SignalsFilter.class);
    boolean hearsFinish = finished.hasListeners(SignalsFilter.class);
    boolean hearsException = gotRequestException.hasListeners(SignalsFilter.class);
    if (!hearsStart && !hearsFinish && !hearsException) {
      chain.doFilter(servletRequest, servletResponse);
      return;
    }
    if (request.getAttribute(IN_FLIGHT) instanceof InFlightRequest earlier
        && earlier.sendsTo(finished)) {
      // A second filter of the same signals in one chain, registered twice by mistake.
      chain.doFilter(servletRequest, servletResponse);
      return;
    }
    InFlightRequest flight =
        new InFlightRequest(request, response, finished, gotRequestException, System.nanoTime());
    if (hearsStart) {
      started.send(
          SignalsFilter.class,
          new RequestStarted(flight.method, flight.path, flight.query, request));
    }
    request.setAttribute(IN_FLIGHT, flight);
    boolean jettyFinishes = hearsFinish && jettyCompletes && JettyCompletion.whenComplete(flight);
    Throwable failure = null;
    try {
      reportingExceptions(flight, chain, request, response);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      if (request.isAsyncStarted()) {
        flight.listenTo(request.getAsyncContext(), !jettyFinishes);
      } else if (!jettyFinishes) {
        // An exception that left the chain becomes the container's 500, unless it came too late.
        flight.finish(failure != null && !response.isCommitted() ? 500 : response.getStatus());
      }
    }
  }

  /** An asynchronous dispatch of a request already started: its exceptions are the request's. */
  private static void dispatchAsync(
      ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(IN_FLIGHT) instanceof InFlightRequest flight) {
      reportingExceptions(flight, chain, request, response);
    } else {
      chain.doFilter(request, response);
    }
  }

  private static void reportingExceptions(
      InFlightRequest flight, FilterChain chain, ServletRequest request, ServletResponse response)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      ReceiverException receiverFailure = flight.gotException(e);
      if (receiverFailure != null) {
        e.addSuppressed(receiverFailure);
      }
      throw e;
    }
  }

  /**
   * Sends {@code got_request_exception} for an exception that no container sees: one that an
   * asynchronous request's own worker thread caught, for example. Call it before answering the
   * request with an error; a request whose exception leaves a servlet, or reaches an {@code
   * AsyncListener.onError}, needs no call.
   *
   * <pre>{@code
   * } catch (RuntimeException e) {
   *   SignalsFilter.reportException(async.getRequest(), e);
   *   ((HttpServletResponse) async.getResponse()).sendError(500);
   *   async.complete();
   * }
   * }</pre>
   *
   * @param request the request, as the servlet or its {@code AsyncContext} has it
   * @param exception what the application threw
   * @return true if a {@code SignalsFilter} follows the request, so that the exception is now
   *     reported (an exception reported before is not sent again); false if none does: no filter
   *     saw the request, or none of the request signals had a receiver when it came
   * @throws ReceiverException if a {@code got_request_exception} receiver fails
   */
  public static boolean reportException(ServletRequest request, Throwable exception) {
    Objects.requireNonNull(exception, "exception");
    if (!(request.getAttribute(IN_FLIGHT) instanceof InFlightRequest flight)) {
      return false;
    }
    ReceiverException receiverFailure = flight.gotException(exception);
    if (receiverFailure != null) {
      throw receiverFailure;
    }
    return true;
  }

  /** Nothing to release. */
  @Override
  public void destroy() {}
}
