package io.signals4j.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.signals4j.Connect;
import io.signals4j.Phase;
import io.signals4j.Signal;
import io.signals4j.Signals;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Captured after-commit and after-rollback receivers: Django's {@code captureOnCommitCallbacks},
 * run on the real Jupiter engine.
 */
class TransactionCaptureTest {

  @Test
  void capturedReceiversWaitUntilTheTestEndsTheTransaction() {
    EngineRuns.passes(Capturing.class, 6);
  }

  static class Capturing {
    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.installing(JunitTestSignals.REGISTRY);

    private final List<String> ran = new CopyOnWriteArrayList<>();
    private Signal<Greeting> greeting;
    private Signal<Farewell> farewell;

    @BeforeEach
    void connectDeferredReceivers(Signals signals) {
      greeting = signals.signal(Greeting.class);
      farewell = signals.signal(Farewell.class);
      greeting.connect(
          (payload, sender) -> {
            ran.add("committed " + payload.who());
          },
          Connect.sender(Door.class).phase(Phase.AFTER_COMMIT).named("welcome"));
      greeting.connect(
          (payload, sender) -> {
            ran.add("rolled back " + payload.who());
          },
          Connect.sender(Door.class).phase(Phase.AFTER_ROLLBACK).named("apologize"));
      farewell.connect(
          (payload, sender) -> {
            ran.add("farewell committed " + payload.who());
          },
          Connect.sender(Door.class).phase(Phase.AFTER_COMMIT).named("wave"));
    }

    @Test
    void commitRunsTheAfterCommitReceivers(RecordedSignals recorded) {
      try (TransactionCapture transaction = recorded.captureTransaction()) {
        greeting.send(Door.class, new Greeting("ada"));

        assertEquals(List.of(), ran);
        PendingSend pending = transaction.pending().get(0);
        assertEquals(Greeting.class, pending.signal());
        assertEquals(Door.class, pending.sender());
        assertEquals(new Greeting("ada"), pending.payload());
        assertEquals(
            List.of("welcome", "apologize"),
            pending.receivers().stream().map(receiver -> receiver.name()).toList());

        assertEquals(1, transaction.commit());
        assertEquals(List.of("committed ada"), ran);
        assertEquals(List.of(), transaction.pending());
      }
    }

    @Test
    void rollBackRunsTheAfterRollbackReceivers(RecordedSignals recorded) {
      try (TransactionCapture transaction = recorded.captureTransaction()) {
        greeting.send(Door.class, new Greeting("bob"));
        greeting.send(Door.class, new Greeting("cyd"));

        assertEquals(2, transaction.rollBack());
        assertEquals(List.of("rolled back bob", "rolled back cyd"), ran);
      }
    }

    @Test
    void withoutCaptureAfterCommitReceiversRunAtOnce() {
      greeting.send(Door.class, new Greeting("dee"));

      assertEquals(List.of("committed dee"), ran);
    }

    @Test
    void closingDropsWhatTheCaptureHolds(RecordedSignals recorded) {
      TransactionCapture transaction = recorded.captureTransaction();
      greeting.send(Door.class, new Greeting("eve"));
      transaction.close();
      greeting.send(Door.class, new Greeting("fay"));

      assertEquals(List.of("committed fay"), ran);
      assertEquals(List.of(), transaction.pending());
    }

    @Test
    void sendsByReceiversAreEachIdentified(RecordedSignals recorded) {
      greeting.connect((payload, sender) -> {
        farewell.send(Door.class, new Farewell(payload.who()));
      });
      greeting.connect((payload, sender) -> {
        farewell.send(null, new Farewell("nobody"));
      });
      try (TransactionCapture transaction = recorded.captureTransaction()) {
        greeting.send(Door.class, new Greeting("gus"));

        List<PendingSend> pending = transaction.pending();
        assertEquals(2, pending.size(), "the farewell without sender has nothing that waits");
        assertEquals(new Greeting("gus"), pending.get(0).payload());
        assertEquals(new Farewell("gus"), pending.get(1).payload());

        transaction.commit();
        assertEquals(List.of("committed gus", "farewell committed gus"), ran);
      }
    }

    @Test
    void sendsOfCommittedReceiversAreNotCaptured(RecordedSignals recorded) {
      greeting.connect(
          (payload, sender) -> {
            farewell.send(Door.class, new Farewell(payload.who()));
          },
          Connect.sender(Door.class).phase(Phase.AFTER_COMMIT).named("then wave"));
      try (TransactionCapture transaction = recorded.captureTransaction()) {
        greeting.send(Door.class, new Greeting("hal"));
        transaction.commit();

        assertEquals(List.of("committed hal", "farewell committed hal"), ran);
        assertEquals(List.of(), transaction.pending());
      }
    }
  }

  @Test
  void asynchronousSendIsHeldButNotIdentified() {
    EngineRuns.passes(CapturingAsync.class, 1);
  }

  static class CapturingAsync {
    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.installing(JunitTestSignals.REGISTRY);

    @Test
    void heldWithoutName(Signals signals, RecordedSignals recorded) throws Exception {
      List<String> ran = new CopyOnWriteArrayList<>();
      Signal<Greeting> greeting = signals.signal(Greeting.class);
      greeting.connect(
          (payload, sender) -> {
            ran.add(payload.who());
          },
          Connect.sender(Door.class).phase(Phase.AFTER_COMMIT));
      try (TransactionCapture transaction = recorded.captureTransaction()) {
        greeting.sendAsync(Door.class, new Greeting("ivy")).get(10, TimeUnit.SECONDS);

        assertFalse(transaction.pending().get(0).identified());
        transaction.commit();
        assertEquals(List.of("ivy"), ran);
      }
    }
  }

  @Test
  void captureLeftOpenIsClosedAfterTheTest() {
    LeftOpen.application = Signals.ready(JunitTestSignals.REGISTRY);
    EngineRuns.passes(LeftOpen.class, 1);

    List<String> ran = new CopyOnWriteArrayList<>();
    Signal<Greeting> greeting = LeftOpen.application.signal(Greeting.class);
    greeting.connect(
        (payload, sender) -> {
          ran.add(payload.who());
        },
        Connect.sender(Door.class).phase(Phase.AFTER_COMMIT));
    greeting.send(Door.class, new Greeting("jo"));

    assertEquals(List.of("jo"), ran, "nothing holds the application's after-commit receivers");
  }

  static class LeftOpen {
    static Signals application;

    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.wrapping(() -> application);

    @Test
    void opensACapture(RecordedSignals recorded) {
      recorded.captureTransaction();
    }
  }
}
