package io.signals4j.bench;

import io.signals4j.Connect;
import io.signals4j.Signals;
import io.signals4j.request.GotRequestException;
import io.signals4j.request.RequestFinished;
import io.signals4j.request.RequestStarted;
import io.signals4j.servlet.SignalsFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@link SignalsFilter} adds to a trivial request: embedded Jetty 12.1 (ee11) on 127.0.0.1
 * answering {@code GET /hello} with two bytes, one request at a time over a kept-alive
 * connection. {@code filter=signals} puts the filter in front of the servlet, the way the
 * one-line Jetty set-up does, with one receiver on each request signal; {@code filter=none} is the
 * same server without it.
 *
 * <p>Two clients: {@link HttpClient} of the JDK, what an application would use, and a plain
 * socket that writes the request and reads the response by hand, whose own cost is small enough
 * that the server's share of the time, the filter's included, shows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Jetty's and HttpClient's code paths are long: the JIT needs more than five seconds on them.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RequestBenchmark {

  private static final byte[] BODY = "ok".getBytes(StandardCharsets.US_ASCII);

  @Param({"none", "signals"})
  public String filter;

  private Server server;
  private HttpClient httpClient;
  private HttpRequest hello;
  private KeepAliveClient socket;
  private long requests;

  // Jetty's threads send the signals: request_finished after the response is written.
  private final AtomicLong started = new AtomicLong();
  private final AtomicLong finished = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  @Setup
  public void setUp() throws Exception {
    Signals signals = Signals.ready();
    signals.signal(RequestStarted.class).connect((request, sender) -> {
      started.incrementAndGet();
    }, Connect.sender(SignalsFilter.class));
    signals.signal(RequestFinished.class).connect((request, sender) -> {
      finished.incrementAndGet();
    }, Connect.sender(SignalsFilter.class));
    signals.signal(GotRequestException.class).connect((request, sender) -> {
      failed.incrementAndGet();
    }, Connect.sender(SignalsFilter.class));

    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    if (filter.equals("signals")) {
      context.addFilter(new SignalsFilter(signals), "/*",
          EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
    } else if (!filter.equals("none")) {
      throw new IllegalArgumentException("filter is none or signals, not " + filter);
    }
    context.addServlet(new ServletHolder(new Hello()), "/hello");
    server.setHandler(context);
    server.start();

    int port = connector.getLocalPort();
    httpClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    hello = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello")).build();
    socket = new KeepAliveClient(port);
    httpClient();
    socket();
    expectSignals();
  }

  @Benchmark
  public byte[] httpClient() throws IOException, InterruptedException {
    requests++;
    HttpResponse<byte[]> response = httpClient.send(hello, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200 || !Arrays.equals(response.body(), BODY)) {
      throw new IllegalStateException("GET /hello answered " + response.statusCode());
    }
    return response.body();
  }

  @Benchmark
  public int socket() throws IOException {
    requests++;
    return socket.getHello();
  }

  /**
   * Checks that each request was heard once by the start and finish receivers with the filter,
   * and by none without it; request_finished may come a moment after the response.
   */
  private void expectSignals() throws InterruptedException {
    long expected = filter.equals("signals") ? requests : 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (finished.get() < expected && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    if (started.get() != expected || finished.get() != expected || failed.get() != 0) {
      throw new IllegalStateException(String.format(
          "benchmark set-up is wrong: after %d requests with filter=%s, expected %d"
              + " request_started and request_finished and no exception, heard %d, %d and %d",
          requests, filter, expected, started.get(), finished.get(), failed.get()));
    }
  }

  /** Checks that every request of the trial was heard, then stops the server. */
  @TearDown
  public void tearDown() throws Exception {
    try {
      expectSignals();
    } finally {
      socket.close();
      server.stop();
    }
  }

  /** The trivial request: two bytes, with their length, so that the connection stays open. */
  private static final class Hello extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("text/plain");
      response.setContentLength(BODY.length);
      response.getOutputStream().write(BODY);
    }
  }

  /**
   * An HTTP/1.1 client of one kept-alive connection, for this server's answer only: it checks
   * the status and reads the body by its {@code Content-Length}.
   */
  private static final class KeepAliveClient implements AutoCloseable {
    private static final String LENGTH = "content-length:";

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] request;
    private final byte[] body = new byte[BODY.length];
    private final StringBuilder line = new StringBuilder();

    KeepAliveClient(int port) throws IOException {
      socket = new Socket(InetAddress.getByName("127.0.0.1"), port);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(10));
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream());
      request = ("GET /hello HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends {@code GET /hello} and reads the whole answer; returns the length of the body. */
    int getHello() throws IOException {
      out.write(request);
      out.flush();
      String status = readLine();
      if (!status.startsWith("HTTP/1.1 200 ")) {
        throw new IllegalStateException("GET /hello answered " + status);
      }
      int length = -1;
      for (String header = readLine(); !header.isEmpty(); header = readLine()) {
        if (header.regionMatches(true, 0, LENGTH, 0, LENGTH.length())) {
          length = Integer.parseInt(header.substring(LENGTH.length()).trim());
        }
      }
      if (length != BODY.length || in.readNBytes(body, 0, length) != length
          || !Arrays.equals(body, BODY)) {
        throw new IllegalStateException("GET /hello answered a body other than " + new String(
            BODY, StandardCharsets.US_ASCII) + " (Content-Length " + length + ")");
      }
      return length;
    }

    private String readLine() throws IOException {
      line.setLength(0);
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("the server closed the connection");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
