package io.signals4j;

import static io.signals4j.Fixtures.names;
import static io.signals4j.Fixtures.noting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.UnrecoverableError;
import io.signals4j.Fixtures.User;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Signal#sendAsync} and {@link Signal#sendRobustAsync}. */
@SuppressWarnings("try") // a muting is opened for the silence, not to be referenced
class AsyncSendTest {

  private static final long TIMEOUT_SECONDS = 10;

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "test-executor");
        thread.setDaemon(true);
        return thread;
      });
  private final Signals signals = Signals.builder().asyncExecutor(executor).ready();
  private final Signal<Saved> saved = signals.signal(Saved.class);

  @AfterEach
  void stopExecutor() throws InterruptedException {
    executor.shutdownNow();
    assertTrue(executor.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS));
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** The exception a future completed with, exactly as it holds it. */
  private static Throwable failureOf(CompletableFuture<?> future) throws Exception {
    Throwable failure = await(future.handle((value, thrown) -> thrown));
    assertTrue(failure != null, "the future completed normally");
    return failure;
  }

  private static SignalReceiver<Saved> notingThread(String name) {
    return (payload, sender) -> payload.note(name + " on " + Thread.currentThread().getName());
  }

  @Test
  void sendAsyncRunsReceiversOnTheExecutorAndCompletesWithResponsesInOrder() throws Exception {
    saved.connect(notingThread("a"), Connect.anySender().named("a"));
    saved.connectResponder((payload, sender) -> "b", Connect.anySender().named("b"));
    saved.connect(notingThread("c"), Connect.anySender().named("c").order(-1));
    Saved payload = new Saved();

    List<Response> responses = await(saved.sendAsync(User.class, payload));

    assertEquals(List.of("c", "a", "b"), names(responses));
    assertEquals("b", responses.get(2).value());
    assertEquals(List.of("c on test-executor", "a on test-executor"), payload.log());
  }

  @Test
  void returnedStageIsAwaitedAndItsResultBecomesTheResponse() throws Exception {
    CompletableFuture<String> pending = new CompletableFuture<>();
    saved.connectResponder((payload, sender) -> pending, Connect.anySender().named("slow"));
    saved.connectResponder((payload, sender) -> "quick", Connect.anySender().named("quick"));

    CompletableFuture<List<Response>> sent = saved.sendAsync(User.class, new Saved());
    await(CompletableFuture.runAsync(() -> {}, executor)); // the send's task has run by now
    assertFalse(sent.isDone(), "still waiting for the returned stage");
    pending.complete("late");
    List<Response> responses = await(sent);

    assertEquals(List.of("slow", "quick"), names(responses));
    assertEquals("late", responses.get(0).value());
    assertEquals("quick", responses.get(1).value());
  }

  @Test
  void returnedCompletionStageThatIsNotAFutureIsAwaitedToo() throws Exception {
    saved.connectResponder((payload, sender) -> {
      CompletionStage<Integer> stage = CompletableFuture.completedStage(7);
      return stage.thenApply(n -> n * 6);
    });

    assertEquals(42, await(saved.sendAsync(User.class, new Saved())).get(0).value());
  }

  @Test
  void failingReceiverFailsTheFutureWithAReceiverExceptionAndStopsTheSend() throws Exception {
    IllegalStateException boom = new IllegalStateException("boom");
    saved.connect(noting("before"));
    saved.connect((payload, sender) -> {
      throw boom;
    }, Connect.anySender().named("exploder"));
    saved.connect(noting("after"));
    Saved payload = new Saved();

    Throwable failure = failureOf(saved.sendAsync(User.class, payload));

    assertInstanceOf(CompletionException.class, failure);
    ReceiverException cause = assertInstanceOf(ReceiverException.class, failure.getCause());
    assertSame(boom, cause.getCause());
    assertEquals("exploder", cause.receiver().name());
    assertEquals(List.of("before"), payload.log());
  }

  @Test
  void failedStageFailsTheFutureWithAReceiverException() throws Exception {
    IllegalStateException boom = new IllegalStateException("boom");
    saved.connectResponder(
        (payload, sender) -> CompletableFuture.failedFuture(boom), Connect.anySender().named("failed stage"));

    Throwable failure = failureOf(saved.sendAsync(User.class, new Saved()));

    assertInstanceOf(CompletionException.class, failure);
    ReceiverException cause = assertInstanceOf(ReceiverException.class, failure.getCause());
    assertSame(boom, cause.getCause());
    assertEquals("failed stage", cause.receiver().name());
    assertSame(User.class, cause.sender());
  }

  @Test
  void failedStageFailsTheFutureWithoutWaitingForSlowerStages() throws Exception {
    CompletableFuture<String> never = new CompletableFuture<>();
    IllegalStateException boom = new IllegalStateException("boom");
    saved.connectResponder((payload, sender) -> never, Connect.anySender().named("never"));
    saved.connectResponder(
        (payload, sender) -> CompletableFuture.failedFuture(boom), Connect.anySender().named("fails"));

    Throwable failure = failureOf(saved.sendAsync(User.class, new Saved()));

    assertSame(boom, failure.getCause().getCause());
    assertFalse(never.isDone());
  }

  @Test
  void errorFailsTheFutureUnwrappedByReceiverException() throws Exception {
    UnrecoverableError error = new UnrecoverableError("jvm on fire");
    saved.connect((payload, sender) -> {
      throw error;
    });

    Throwable failure = failureOf(saved.sendAsync(User.class, new Saved()));

    assertSame(error, failure instanceof CompletionException ? failure.getCause() : failure);
  }

  @Test
  void sendRobustAsyncTurnsThrownAndStageFailuresIntoResponses() throws Exception {
    IllegalStateException thrown = new IllegalStateException("thrown");
    IllegalStateException stage = new IllegalStateException("stage");
    saved.connect((payload, sender) -> {
      throw thrown;
    }, Connect.anySender().named("thrower"));
    saved.connectResponder(
        (payload, sender) -> CompletableFuture.failedFuture(stage), Connect.anySender().named("stage"));
    saved.connectResponder((payload, sender) -> "fine", Connect.anySender().named("fine"));

    List<Response> responses;
    try (CapturedLog log = CapturedLog.start()) {
      responses = await(saved.sendRobustAsync(User.class, new Saved()));
      assertEquals(2, log.records.size(), "each failure is logged");
    }

    assertEquals(List.of("thrower", "stage", "fine"), names(responses));
    assertSame(thrown, responses.get(0).error());
    assertSame(stage, responses.get(1).error());
    assertNull(responses.get(1).value());
    assertFalse(responses.get(2).failed());
    assertEquals("fine", responses.get(2).value());
  }

  @Test
  void sendRobustAsyncTurnsAStageFailedWithAPlainThrowableIntoAResponse() throws Exception {
    Throwable odd = new Throwable("neither exception nor error");
    saved.connectResponder(
        (payload, sender) -> CompletableFuture.failedFuture(odd), Connect.anySender().named("odd"));
    saved.connectResponder((payload, sender) -> "fine", Connect.anySender().named("fine"));

    List<Response> responses;
    try (CapturedLog log = CapturedLog.start()) {
      responses = await(saved.sendRobustAsync(User.class, new Saved()));
    }

    assertEquals(List.of("odd", "fine"), names(responses));
    assertTrue(responses.get(0).failed());
    ReceiverException error = assertInstanceOf(ReceiverException.class, responses.get(0).error());
    assertSame(odd, error.getCause());
    assertEquals("fine", responses.get(1).value());
  }

  @Test
  void defaultExecutorRunsOnSignals4jAsyncThreads() throws Exception {
    Signal<Saved> saved = Signals.ready().signal(Saved.class);
    String[] thread = new String[1];
    boolean[] daemon = new boolean[1];
    saved.connect((payload, sender) -> {
      thread[0] = Thread.currentThread().getName();
      daemon[0] = Thread.currentThread().isDaemon();
    });

    await(saved.sendAsync(User.class, new Saved()));

    assertTrue(thread[0].startsWith("signals4j-async-"), thread[0]);
    assertTrue(daemon[0], "an async send must not keep the JVM running");
  }

  @Test
  void sendRobustAsyncUsesTheDefaultExecutorToo() throws Exception {
    Signal<Saved> saved = Signals.ready().signal(Saved.class);
    saved.connectResponder((payload, sender) -> Thread.currentThread().getName());

    String thread = (String) await(saved.sendRobustAsync(User.class, new Saved())).get(0).value();

    assertTrue(thread.startsWith("signals4j-async-"), thread);
  }

  @Test
  void builderChoosesTheDefaultExecutor() throws Exception {
    Signal<Saved> custom = Signals.builder().asyncExecutor(executor).ready().signal(Saved.class);
    custom.connectResponder((payload, sender) -> Thread.currentThread().getName());

    assertEquals("test-executor", await(custom.sendAsync(User.class, new Saved())).get(0).value());
  }

  @Test
  void receiversAreTheOnesPresentWhenTheAsyncSendStarts() throws Exception {
    CompletableFuture<Void> gate = new CompletableFuture<>();
    // Hold the executor until the receivers have changed; get() so that shutdownNow() ends it.
    executor.execute(() -> {
      try {
        gate.get();
      } catch (Exception interrupted) {
        // the test is over
      }
    });
    SignalReceiver<Saved> early = noting("early");
    saved.connect(early);

    Saved payload = new Saved();
    CompletableFuture<List<Response>> sent = saved.sendAsync(User.class, payload);
    saved.disconnect(early);
    saved.connect(noting("late"));
    gate.complete(null);

    assertEquals(1, await(sent).size());
    assertEquals(List.of("early"), payload.log());
  }

  @Test
  void nullPayloadIsRejectedAtOnce() {
    saved.connect(noting("a"));

    assertThrows(NullPointerException.class, () -> saved.sendAsync(User.class, null));
    assertThrows(NullPointerException.class, () -> saved.sendRobustAsync(User.class, null));
  }

  @Test
  void asyncSendWithoutReceiversCompletesEmpty() throws Exception {
    assertEquals(List.of(), await(saved.sendAsync(User.class, new Saved())));
  }
}
