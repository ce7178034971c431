package io.signals4j.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.ReceiverException;
import io.signals4j.Signals;
import io.signals4j.request.GotRequestException;
import io.signals4j.request.RequestFinished;
import io.signals4j.request.RequestStarted;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request signals of a real Jetty 12 (ee11) over loopback, from {@code java.net.http}
 * requests. Each case runs behind Jetty's completion listener ({@code jetty}) and behind the
 * portable moments alone ({@code portable}, also mapped for every dispatcher type).
 */
class SignalsFilterTest {

  private static final Signals SIGNALS = Signals.ready();
  private static final Recorder<RequestStarted> STARTED =
      Recorder.connect(SIGNALS, RequestStarted.class, SignalsFilter.class);
  private static final Recorder<RequestFinished> FINISHED =
      Recorder.connect(SIGNALS, RequestFinished.class, SignalsFilter.class);
  private static final Recorder<GotRequestException> EXCEPTIONS =
      Recorder.connect(SIGNALS, GotRequestException.class, SignalsFilter.class);

  private static TestApplication application;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    application = new TestApplication(SIGNALS);
    client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
  }

  @AfterAll
  static void stop() throws Exception {
    application.stop();
  }

  @BeforeEach
  void reset() {
    STARTED.reset();
    FINISHED.reset();
    EXCEPTIONS.reset();
    application.served.set(0);
    application.escaped.clear();
    application.reported.clear();
  }

  private static HttpResponse<String> get(String context, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(application.base(context) + path))
        .timeout(Duration.ofSeconds(5))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Waits for the request's one request_finished and checks that no second one follows it. */
  private static RequestFinished finishedOnce(String path) throws Exception {
    List<RequestFinished> finished = FINISHED.await(path, 1);
    // A late duplicate would come from the container's next callback, within milliseconds.
    Thread.sleep(50);
    assertEquals(1, FINISHED.heard(path).size(), () -> "request_finished sends: " + FINISHED.heard(path));
    return finished.get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable", "registered"})
  void plainRequestSendsStartedThenFinishedOnce(String context) throws Exception {
    HttpResponse<String> response = get(context, "/app/hello?name=ann&x=%20");

    assertEquals(200, response.statusCode());
    assertEquals("hello", response.body());
    String path = "/" + context + "/app/hello";
    RequestStarted started = STARTED.heard(path).get(0);
    assertEquals("GET", started.method());
    assertEquals("name=ann&x=%20", started.query());
    RequestFinished finished = finishedOnce(path);
    assertEquals(200, finished.status());
    assertEquals("name=ann&x=%20", finished.query());
    assertTrue(finished.duration().toNanos() > 0);
    assertSame(started.request(), finished.request());
    assertEquals(1, STARTED.heard().size());
    assertEquals(List.of(), EXCEPTIONS.heard());
  }

  @Test
  void receiversReadTheServletRequestTyped() throws Exception {
    AtomicBoolean sawHeader = new AtomicBoolean();
    STARTED.onEach(() -> {});
    STARTED.failWhen(started -> {
      sawHeader.set("yes".equals(started.request(HttpServletRequest.class).getHeader("X-Probe")));
      return false;
    });
    HttpRequest request = HttpRequest.newBuilder(URI.create(application.base("jetty") + "/app/hello"))
        .header("X-Probe", "yes")
        .timeout(Duration.ofSeconds(5))
        .build();

    assertEquals(200, client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());

    assertTrue(sawHeader.get());
  }

  @Test
  void onJettyRequestFinishedComesAfterTheClientHasTheResponse() throws Exception {
    assertTrue(clientHadTheResponseBeforeRequestFinished("jetty", 5_000));
  }

  @Test
  void portableRequestFinishedComesBeforeASmallResponseIsSent() throws Exception {
    assertFalse(
        clientHadTheResponseBeforeRequestFinished("portable", 300),
        "the documented limit of the portable moment");
  }

  /**
   * Holds the request_finished receiver until the client has the response, or for {@code
   * millis}: if the send came before the response was written, the response waits too.
   */
  private static boolean clientHadTheResponseBeforeRequestFinished(String context, long millis)
      throws Exception {
    CountDownLatch clientHasResponse = new CountDownLatch(1);
    AtomicBoolean responseCameFirst = new AtomicBoolean();
    FINISHED.onEach(() -> {
      try {
        responseCameFirst.set(clientHasResponse.await(millis, TimeUnit.MILLISECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });

    HttpResponse<String> response = get(context, "/app/hello");
    clientHasResponse.countDown();

    assertEquals("hello", response.body());
    finishedOnce("/" + context + "/app/hello");
    return responseCameFirst.get();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable"})
  void runtimeExceptionIsReportedThenAnswered500ThenFinished(String context) throws Exception {
    HttpResponse<String> response = get(context, "/app/boom");

    assertEquals(500, response.statusCode());
    String path = "/" + context + "/app/boom";
    assertEquals(1, STARTED.heard(path).size());
    GotRequestException got = EXCEPTIONS.await(path, 1).get(0);
    assertInstanceOf(IllegalStateException.class, got.exception());
    assertEquals("boom", got.exception().getMessage());
    assertEquals(500, finishedOnce(path).status());
    assertEquals(1, EXCEPTIONS.heard(path).size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable"})
  void servletExceptionIsReportedThenAnswered500ThenFinished(String context) throws Exception {
    HttpResponse<String> response = get(context, "/app/boom-checked");

    assertEquals(500, response.statusCode());
    String path = "/" + context + "/app/boom-checked";
    GotRequestException got = EXCEPTIONS.await(path, 1).get(0);
    assertInstanceOf(ServletException.class, got.exception());
    assertEquals(500, finishedOnce(path).status());
    assertEquals(1, STARTED.heard(path).size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable"})
  void notFoundIsAResponseNotAnException(String context) throws Exception {
    assertEquals(404, get(context, "/app/missing").statusCode());
    assertEquals(404, get(context, "/nowhere").statusCode());

    assertEquals(404, finishedOnce("/" + context + "/app/missing").status());
    assertEquals(404, finishedOnce("/" + context + "/nowhere").status());
    assertEquals(2, STARTED.heard().size());
    assertEquals(List.of(), EXCEPTIONS.heard());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable"})
  void streamedResponseFinishesAfterItsLastChunk(String context) throws Exception {
    HttpResponse<String> response = get(context, "/app/stream");

    assertEquals("chunk0;chunk1;chunk2;", response.body());
    RequestFinished finished = finishedOnce("/" + context + "/app/stream");
    assertEquals(200, finished.status());
    assertTrue(
        finished.duration().toMillis() >= 3 * TestApplication.CHUNK_PAUSE_MILLIS,
        () -> "finished after " + finished.duration());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable", "registered"})
  void asyncRequestFinishesOnceWhenItsWorkerCompletesIt(String context) throws Exception {
    HttpResponse<String> response = get(context, "/app/async");

    assertEquals("async", response.body());
    RequestFinished finished = finishedOnce("/" + context + "/app/async");
    assertEquals(200, finished.status());
    assertTrue(finished.duration().toMillis() >= TestApplication.ASYNC_DELAY_MILLIS);
    assertEquals(1, STARTED.heard().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable"})
  void asyncTimeoutFinishesOnceWith500(String context) throws Exception {
    assertEquals(500, get(context, "/app/async-timeout").statusCode());

    assertEquals(500, finishedOnce("/" + context + "/app/async-timeout").status());
    assertEquals(1, STARTED.heard().size());
    assertEquals(List.of(), EXCEPTIONS.heard());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable"})
  void asyncRequestTheClientLeftFinishesOnceAtItsTimeout(String context) throws Exception {
    HttpRequest impatient =
        HttpRequest.newBuilder(URI.create(application.base(context) + "/app/async-abandoned"))
            .timeout(Duration.ofMillis(200))
            .build();

    assertThrows(
        HttpTimeoutException.class,
        () -> client.send(impatient, HttpResponse.BodyHandlers.ofString()));

    // Jetty notices only when its time-out's 500 meets the closed connection.
    finishedOnce("/" + context + "/app/async-abandoned");
    assertEquals(List.of(), EXCEPTIONS.heard());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable"})
  void asyncCompletedBeforeTheServletReturnsFinishesOnce(String context) throws Exception {
    assertEquals("raced", get(context, "/app/async-race").body());

    assertEquals(200, finishedOnce("/" + context + "/app/async-race").status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable"})
  void exceptionCaughtOnAnAsyncWorkerIsReportedOnce(String context) throws Exception {
    assertEquals(500, get(context, "/app/async-worker-fails").statusCode());

    String path = "/" + context + "/app/async-worker-fails";
    GotRequestException got = EXCEPTIONS.await(path, 1).get(0);
    assertEquals("worker failed", got.exception().getMessage());
    assertEquals(500, finishedOnce(path).status());
    assertEquals(1, EXCEPTIONS.heard(path).size());
    assertEquals(List.of(true), application.reported);
  }

  @Test
  void requestsNoSignalsFilterSawSendNothingAndReportNothing() throws Exception {
    assertEquals(500, get("bare", "/app/async-worker-fails").statusCode());
    assertEquals(200, get("bare", "/app/hello").statusCode());

    assertEquals(List.of(false), application.reported);
    assertEquals(List.of(), STARTED.heard());
    assertEquals(List.of(), EXCEPTIONS.heard());
    assertEquals(List.of(), FINISHED.heard());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable"})
  void exceptionOfAnAsyncDispatchIsReportedOnce(String context) throws Exception {
    assertEquals(500, get(context, "/app/async-dispatch-fails").statusCode());

    String path = "/" + context + "/app/async-dispatch-fails";
    GotRequestException got = EXCEPTIONS.await(path, 1).get(0);
    assertEquals("boom", rootOf(got.exception()).getMessage());
    assertEquals(500, finishedOnce(path).status());
    assertEquals(1, EXCEPTIONS.heard(path).size());
    assertEquals(1, STARTED.heard().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable"})
  void exceptionThrownAfterStartAsyncIsReportedOnce(String context) throws Exception {
    assertEquals(500, get(context, "/app/async-then-throw").statusCode());

    String path = "/" + context + "/app/async-then-throw";
    EXCEPTIONS.await(path, 1);
    assertEquals(500, finishedOnce(path).status());
    assertEquals(1, EXCEPTIONS.heard(path).size(), () -> "reported: " + EXCEPTIONS.heard(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable"})
  void failingRequestStartedReceiverStopsTheRequest(String context) throws Exception {
    STARTED.failWhen(started -> true);

    assertEquals(500, get(context, "/app/hello").statusCode());

    assertEquals(0, application.served.get(), "the application must not run");
    ReceiverException escaped = assertInstanceOf(ReceiverException.class, application.escaped.get(0));
    assertEquals(RequestStarted.class, escaped.signal());
    assertEquals(SignalsFilter.class, escaped.sender());
    Thread.sleep(100);
    assertEquals(List.of(), EXCEPTIONS.heard());
    assertEquals(List.of(), FINISHED.heard());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable"})
  void failingRequestFinishedReceiverLeavesTheResponseAlone(String context) throws Exception {
    FINISHED.failWhen(finished -> true);

    HttpResponse<String> response = get(context, "/app/hello");

    assertEquals(200, response.statusCode());
    assertEquals("hello", response.body());
    finishedOnce("/" + context + "/app/hello");
    assertEquals(List.of(), application.escaped);
    // The connection is still good for the next request.
    assertEquals("hello", get(context, "/app/hello").body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jetty", "portable"})
  void failingGotRequestExceptionReceiverKeepsThe500(String context) throws Exception {
    EXCEPTIONS.failWhen(got -> true);

    assertEquals(500, get(context, "/app/boom").statusCode());

    String path = "/" + context + "/app/boom";
    assertEquals(500, finishedOnce(path).status());
    Throwable escaped = application.escaped.get(0);
    assertEquals("boom", escaped.getMessage());
    ReceiverException suppressed = assertInstanceOf(ReceiverException.class, escaped.getSuppressed()[0]);
    assertEquals(GotRequestException.class, suppressed.signal());
  }

  @Test
  void withoutReceiversTheFilterLeavesTheRequestAlone() throws Exception {
    String attributes = get("silent", "/app/attributes").body();
    String followed = get("jetty", "/app/attributes").body();

    assertFalse(attributes.contains(InFlightRequest.class.getName()), attributes);
    assertTrue(followed.contains(InFlightRequest.class.getName()), followed);
    assertEquals(1, STARTED.heard().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/app/hello", "/app/boom", "/app/async"})
  void secondFilterOfTheSameSignalsSendsNothing(String path) throws Exception {
    get("doubled", path);

    finishedOnce("/doubled" + path);
    assertEquals(1, STARTED.heard().size());
    assertEquals(path.equals("/app/boom") ? 1 : 0, EXCEPTIONS.heard().size());
  }

  @Test
  void registeringTwiceIsRefused() {
    jakarta.servlet.ServletContext context =
        new org.eclipse.jetty.ee11.servlet.ServletContextHandler("/twice").getServletContext();
    SignalsFilter.register(context, SIGNALS);

    IllegalStateException twice =
        assertThrows(IllegalStateException.class, () -> SignalsFilter.register(context, SIGNALS));

    assertTrue(twice.getMessage().contains(SignalsFilter.class.getName()), twice.getMessage());
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
            String path = n % 10 == 0 ? "/app/boom" : n % 5 == 0 ? "/app/async" : "/app/hello";
            int status = get("jetty", path + "?n=" + n).statusCode();
            ok += status == (n % 10 == 0 ? 500 : 200) ? 1 : 0;
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
    List<RequestFinished> finished = FINISHED.awaitTotal(total, 10);
    assertEquals(total, STARTED.heard().size());
    assertEquals(total / 10, EXCEPTIONS.heard().size());
    Set<String> started = new HashSet<>();
    STARTED.heard().forEach(payload -> assertTrue(started.add(payload.query())));
    Set<String> ended = new HashSet<>();
    finished.forEach(payload -> assertTrue(ended.add(payload.query()), payload.query()));
    assertEquals(started, ended);
    Thread.sleep(50);
    assertEquals(total, FINISHED.heard().size());
  }

  private static Throwable rootOf(Throwable exception) {
    Throwable root = exception;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }

  @Test
  void queryIsNullWithoutOne() throws Exception {
    get("jetty", "/app/hello");

    assertNull(STARTED.heard("/jetty/app/hello").get(0).query());
  }
}
