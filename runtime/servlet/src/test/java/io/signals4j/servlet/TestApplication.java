package io.signals4j.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.signals4j.Signals;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/**
 * An embedded Jetty 12 (ee11) on 127.0.0.1 with one application under three context paths, each
 * set up another way: {@code /jetty} with the one-line {@code addFilter} (Jetty's completion
 * listener), {@code /portable} with the portable moments only and mapped for every dispatcher
 * type, {@code /registered} through {@link SignalsFilter#register}, {@code /silent} with signals
 * no receiver hears, {@code /doubled} with two filters by mistake, and {@code /bare} without.
 */
final class TestApplication {

  static final long CHUNK_PAUSE_MILLIS = 60;
  static final long ASYNC_DELAY_MILLIS = 100;

  /** How many times the application itself ran, by path. */
  final AtomicInteger served = new AtomicInteger();
  /** Every exception an outer filter saw leave the signals filter. */
  final List<Throwable> escaped = new CopyOnWriteArrayList<>();
  /** What {@link SignalsFilter#reportException} answered the application's workers. */
  final List<Boolean> reported = new CopyOnWriteArrayList<>();

  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);

  TestApplication(Signals signals) throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);

    ServletContextHandler jetty = application("/jetty");
    jetty.addFilter(
        new SignalsFilter(signals), "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));

    ServletContextHandler portable = application("/portable");
    portable.addFilter(
        new SignalsFilter(signals, false), "/*", EnumSet.allOf(DispatcherType.class));

    ServletContextHandler registered = application("/registered");
    registered.addEventListener(new ServletContextListener() {
      @Override
      public void contextInitialized(ServletContextEvent event) {
        SignalsFilter.register(event.getServletContext(), signals);
      }
    });

    ServletContextHandler silent = application("/silent");
    silent.addFilter(
        new SignalsFilter(Signals.ready()), "/*", EnumSet.of(DispatcherType.REQUEST));

    ServletContextHandler doubled = application("/doubled");
    doubled.addFilter(new SignalsFilter(signals), "/*", EnumSet.of(DispatcherType.REQUEST));
    doubled.addFilter(new SignalsFilter(signals), "/*", EnumSet.of(DispatcherType.REQUEST));

    server.setHandler(new ContextHandlerCollection(
        jetty, portable, registered, silent, doubled, application("/bare")));
    server.start();
  }

  private ServletContextHandler application(String contextPath) {
    ServletContextHandler context = new ServletContextHandler(contextPath);
    // Sees what leaves the signals filter, which comes after it.
    context.addFilter(new Filter() {
      @Override
      public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
          throws IOException, ServletException {
        try {
          chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
          escaped.add(e);
          throw e;
        }
      }
    }, "/*", EnumSet.of(DispatcherType.REQUEST));
    ServletHolder holder = new ServletHolder(new Application());
    holder.setAsyncSupported(true);
    context.addServlet(holder, "/app/*");
    return context;
  }

  String base(String context) {
    return "http://127.0.0.1:" + connector.getLocalPort() + "/" + context;
  }

  void stop() throws Exception {
    server.stop();
    workers.shutdownNow();
    workers.awaitTermination(5, TimeUnit.SECONDS);
  }

  /** The views, by path: one each for the cases the filter must get right. */
  private final class Application extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws IOException, ServletException {
      served.incrementAndGet();
      switch (request.getPathInfo()) {
        case "/hello" -> response.getWriter().print("hello");
        case "/attributes" ->
            response.getWriter().print(String.join(",", Collections.list(request.getAttributeNames())));
        case "/boom" -> throw new IllegalStateException("boom");
        case "/boom-checked" -> throw new ServletException("checked boom");
        case "/missing" -> response.sendError(404);
        case "/stream" -> {
          PrintWriter out = response.getWriter();
          for (int chunk = 0; chunk < 3; chunk++) {
            out.print("chunk" + chunk + ";");
            out.flush();
            pause(CHUNK_PAUSE_MILLIS);
          }
        }
        case "/async" -> {
          AsyncContext async = request.startAsync();
          workers.execute(() -> {
            pause(ASYNC_DELAY_MILLIS);
            write(async, "async");
            async.complete();
          });
        }
        case "/async-timeout" -> request.startAsync().setTimeout(200);
        case "/async-abandoned" -> request.startAsync().setTimeout(600);
        case "/async-race" -> {
          AsyncContext async = request.startAsync();
          CountDownLatch completed = new CountDownLatch(1);
          workers.execute(() -> {
            write(async, "raced");
            async.complete();
            completed.countDown();
          });
          await(completed);
        }
        case "/async-worker-fails" -> {
          AsyncContext async = request.startAsync();
          workers.execute(() -> {
            try {
              throw new IllegalStateException("worker failed");
            } catch (IllegalStateException e) {
              reported.add(SignalsFilter.reportException(async.getRequest(), e));
              sendError(async, 500);
              async.complete();
            }
          });
        }
        case "/async-dispatch-fails" -> {
          AsyncContext async = request.startAsync();
          workers.execute(() -> async.dispatch("/app/boom"));
        }
        case "/async-then-throw" -> {
          request.startAsync();
          throw new IllegalStateException("thrown after startAsync");
        }
        default -> response.sendError(404);
      }
    }
  }

  private static void sendError(AsyncContext async, int status) {
    try {
      ((HttpServletResponse) async.getResponse()).sendError(status);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(AsyncContext async, String body) {
    try {
      async.getResponse().getWriter().print(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
