package io.signals4j.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.signals4j.ReceiverException;
import io.signals4j.Signals;
import io.signals4j.request.GotRequestException;
import io.signals4j.request.RequestFinished;
import io.signals4j.request.RequestStarted;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request signals of a real JDK {@code HttpServer} on 127.0.0.1, from {@code java.net.http}. */
class HttpServerSignalsFilterTest {

  private static final long PAUSE_MILLIS = 60;

  private static final Signals SIGNALS = Signals.ready();
  private static final Heard<RequestStarted> STARTED = Heard.by(SIGNALS, RequestStarted.class);
  private static final Heard<RequestFinished> FINISHED = Heard.by(SIGNALS, RequestFinished.class);
  private static final Heard<GotRequestException> EXCEPTIONS =
      Heard.by(SIGNALS, GotRequestException.class);

  /** What the filter logged; JUL is where System.Logger goes without another binding. */
  private static final List<LogRecord> LOGGED = new CopyOnWriteArrayList<>();
  private static final Logger FILTER_LOG = Logger.getLogger("io.signals4j.httpserver");

  private static final AtomicInteger HANDLED = new AtomicInteger();
  private static final AtomicInteger UNFILTERED_BOOMS = new AtomicInteger();
  private static final ExecutorService WORKERS = Executors.newFixedThreadPool(8);

  private static HttpServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws IOException {
    FILTER_LOG.setUseParentHandlers(false);
    FILTER_LOG.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        LOGGED.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(WORKERS);
    route("/hello", exchange -> respond(exchange, 200, "hello"));
    route("/boom", exchange -> {
      throw new IllegalStateException("boom");
    });
    route("/boom-io", exchange -> {
      throw new IOException("io boom");
    });
    route("/assert", exchange -> {
      throw new AssertionError("broken invariant");
    });
    route("/missing", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    route("/stream", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream body = exchange.getResponseBody()) {
        for (int chunk = 0; chunk < 3; chunk++) {
          body.write(("chunk" + chunk + ";").getBytes(StandardCharsets.UTF_8));
          body.flush();
          pause(PAUSE_MILLIS);
        }
      }
    });
    route("/stream-fails", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      exchange.getResponseBody().write("partial".getBytes(StandardCharsets.UTF_8));
      exchange.getResponseBody().flush();
      throw new IllegalStateException("failed mid-stream");
    });
    route("/handed-off-empty", exchange -> {
      new Thread(() -> {
        pause(PAUSE_MILLIS);
        try {
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).start();
    });
    route("/handed-off", exchange -> {
      new Thread(() -> {
        pause(PAUSE_MILLIS);
        try {
          respond(exchange, 200, "later");
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).start();
    });
    server.createContext("/unfiltered-boom", exchange -> {
      UNFILTERED_BOOMS.incrementAndGet();
      throw new IllegalStateException("boom without the filter");
    });
    server.start();
    client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
  }

  private static void route(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      HANDLED.incrementAndGet();
      handler.handle(exchange);
    }).getFilters().add(new HttpServerSignalsFilter(SIGNALS));
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @AfterAll
  static void stop() throws InterruptedException {
    server.stop(0);
    WORKERS.shutdownNow();
    WORKERS.awaitTermination(5, TimeUnit.SECONDS);
  }

  @BeforeEach
  void reset() {
    STARTED.clear();
    FINISHED.clear();
    EXCEPTIONS.clear();
    LOGGED.clear();
    HANDLED.set(0);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
            .timeout(Duration.ofSeconds(5))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The request's one request_finished, checking that no second one follows. */
  private static RequestFinished finishedOnce() throws Exception {
    RequestFinished finished = FINISHED.await(1).get(0);
    Thread.sleep(50);
    assertEquals(1, FINISHED.sends.size(), () -> "request_finished sends: " + FINISHED.sends);
    return finished;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void plainRequestSendsStartedThenFinishedOnce() throws Exception {
    HttpResponse<String> response = get("/hello?name=ann&x=%20");

    assertEquals("hello", response.body());
    RequestStarted started = STARTED.await(1).get(0);
    assertEquals("GET", started.method());
    assertEquals("/hello", started.path());
    assertEquals("name=ann&x=%20", started.query());
    HttpExchange exchange = started.request(HttpExchange.class);
    assertEquals("/hello", exchange.getHttpContext().getPath());
    RequestFinished finished = finishedOnce();
    assertEquals(200, finished.status());
    assertSame(exchange, finished.request());
    assertTrue(finished.duration().toNanos() > 0);
    assertEquals(List.of(), EXCEPTIONS.sends);
  }

  @Test
  void requestFinishedComesOnceTheResponseIsWritten() throws Exception {
    CountDownLatch clientHasResponse = new CountDownLatch(1);
    CountDownLatch receiverAnswered = new CountDownLatch(1);
    AtomicBoolean responseCameFirst = new AtomicBoolean();
    // Connected for this test only: it holds back the sends of its own query until the client
    // has the response, which it never gets if the send comes before the response is written.
    SIGNALS.<RequestFinished>signal(RequestFinished.class).connect((payload, sender) -> {
      if ("wait".equals(payload.query())) {
        responseCameFirst.set(clientHasResponse.await(5, TimeUnit.SECONDS));
        receiverAnswered.countDown();
      }
    });

    HttpResponse<String> response = get("/hello?wait");
    clientHasResponse.countDown();

    assertEquals("hello", response.body());
    assertTrue(receiverAnswered.await(5, TimeUnit.SECONDS));
    assertTrue(responseCameFirst.get());
  }

  @Test
  void throwingHandlerGets500AfterGotRequestExceptionAndOneRequest() throws Exception {
    HttpResponse<String> response = get("/boom");

    assertEquals(500, response.statusCode());
    assertEquals(1, HANDLED.get(), "the client sent the request once");
    assertEquals(1, STARTED.sends.size());
    GotRequestException got = EXCEPTIONS.await(1).get(0);
    assertInstanceOf(IllegalStateException.class, got.exception());
    assertEquals("/boom", got.path());
    assertEquals(500, finishedOnce().status());
    assertSame(got.exception(), LOGGED.get(0).getThrown());
  }

  @Test
  void withoutTheFilterAThrowingHandlerDropsTheConnectionAndTheClientSendsAgain() {
    assertThrows(IOException.class, () -> get("/unfiltered-boom"));

    assertEquals(2, UNFILTERED_BOOMS.get(), "what the filter's 500 saves the client from");
  }

  @Test
  void handlerThrowingIoExceptionGets500Too() throws Exception {
    assertEquals(500, get("/boom-io").statusCode());

    assertEquals(1, HANDLED.get());
    assertEquals("io boom", EXCEPTIONS.await(1).get(0).exception().getMessage());
    assertEquals(500, finishedOnce().status());
  }

  @Test
  void handlerThrowingAnErrorGets500AndTheErrorGoesOn() throws Exception {
    assertEquals(500, get("/assert").statusCode());

    assertInstanceOf(AssertionError.class, EXCEPTIONS.await(1).get(0).exception());
    assertEquals(500, finishedOnce().status());
    assertEquals(1, HANDLED.get());
    // The server is still serving.
    assertEquals("hello", get("/hello").body());
  }

  @Test
  void notFoundIsAResponseNotAnException() throws Exception {
    assertEquals(404, get("/missing").statusCode());

    assertEquals(404, finishedOnce().status());
    assertEquals(List.of(), EXCEPTIONS.sends);
  }

  @Test
  void pathNoContextServesGetsTheServers404AndNoSignal() throws Exception {
    assertEquals(404, get("/").statusCode());

    Thread.sleep(50);
    assertEquals(List.of(), STARTED.sends);
    assertEquals(List.of(), FINISHED.sends);
  }

  @Test
  void streamedResponseFinishesAfterItsLastChunk() throws Exception {
    HttpResponse<String> response = get("/stream");

    assertEquals("chunk0;chunk1;chunk2;", response.body());
    RequestFinished finished = finishedOnce();
    assertEquals(200, finished.status());
    assertTrue(finished.duration().toMillis() >= 3 * PAUSE_MILLIS, () -> "" + finished.duration());
  }

  @Test
  void failureAfterTheStatusLineCutsTheResponseShort() throws Exception {
    assertThrows(IOException.class, () -> get("/stream-fails"));

    assertEquals("failed mid-stream", EXCEPTIONS.await(1).get(0).exception().getMessage());
    assertEquals(200, finishedOnce().status());
    assertEquals(1, STARTED.sends.size());
  }

  @Test
  void handedOffExchangeFinishesWhenItsThreadClosesIt() throws Exception {
    assertEquals("later", get("/handed-off").body());

    RequestFinished finished = finishedOnce();
    assertEquals(200, finished.status());
    assertTrue(finished.duration().toMillis() >= PAUSE_MILLIS, () -> "" + finished.duration());
  }

  @Test
  void handedOffExchangeWithoutBodyFinishesWhenItsThreadClosesIt() throws Exception {
    assertEquals(204, get("/handed-off-empty").statusCode());

    RequestFinished finished = finishedOnce();
    assertEquals(204, finished.status());
    assertTrue(finished.duration().toMillis() >= PAUSE_MILLIS, () -> "" + finished.duration());
  }

  @Test
  void failingRequestStartedReceiverAnswers500WithoutRunningTheHandler() throws Exception {
    STARTED.failing = true;

    assertEquals(500, get("/hello").statusCode());

    assertEquals(0, HANDLED.get());
    assertEquals(1, STARTED.sends.size());
    ReceiverException logged = assertInstanceOf(ReceiverException.class, LOGGED.get(0).getThrown());
    assertEquals(RequestStarted.class, logged.signal());
    Thread.sleep(50);
    assertEquals(List.of(), EXCEPTIONS.sends);
    assertEquals(List.of(), FINISHED.sends);
  }

  @Test
  void failingGotRequestExceptionReceiverKeepsThe500() throws Exception {
    EXCEPTIONS.failing = true;

    assertEquals(500, get("/boom").statusCode());

    assertEquals(500, finishedOnce().status());
    Throwable logged = LOGGED.get(0).getThrown();
    assertEquals("boom", logged.getMessage());
    ReceiverException suppressed = assertInstanceOf(ReceiverException.class, logged.getSuppressed()[0]);
    assertEquals(GotRequestException.class, suppressed.signal());
  }

  @Test
  void failingRequestFinishedReceiverLeavesTheResponseAlone() throws Exception {
    FINISHED.failing = true;

    assertEquals("hello", get("/hello").body());

    finishedOnce();
    ReceiverException logged = assertInstanceOf(ReceiverException.class, LOGGED.get(0).getThrown());
    assertEquals(RequestFinished.class, logged.signal());
    assertEquals("hello", get("/hello").body());
  }

  @Test
  void everyConcurrentRequestIsStartedAndFinishedExactlyOnce() throws Exception {
    int threads = 8;
    int perThread = 50;
    ExecutorService clients = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        int first = thread * perThread;
        results.add(clients.submit(() -> {
          int ok = 0;
          for (int n = first; n < first + perThread; n++) {
            boolean boom = n % 10 == 0;
            ok += get((boom ? "/boom" : "/hello") + "?n=" + n).statusCode() == (boom ? 500 : 200) ? 1 : 0;
          }
          return ok;
        }));
      }
      int ok = 0;
      for (Future<Integer> result : results) {
        ok += result.get(60, TimeUnit.SECONDS);
      }
      assertEquals(threads * perThread, ok);
    } finally {
      clients.shutdownNow();
    }

    int total = threads * perThread;
    List<RequestFinished> finished = FINISHED.await(total);
    assertEquals(total, HANDLED.get());
    assertEquals(total / 10, EXCEPTIONS.sends.size());
    Set<String> started = new HashSet<>();
    STARTED.sends.forEach(payload -> assertTrue(started.add(payload.query())));
    Set<String> ended = new HashSet<>();
    finished.forEach(payload -> assertTrue(ended.add(payload.query()), payload.query()));
    assertEquals(total, started.size());
    assertEquals(started, ended);
  }

  @Test
  void queryIsNullWithoutOne() throws Exception {
    get("/hello");

    assertNull(STARTED.await(1).get(0).query());
  }
}
