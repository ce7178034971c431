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
import org.junit.jupiter.api.AfterEach;
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

  @Test
  void capturesTakeSendsMadeInTheApplicationsOwnTransactionWithoutASetUpStep() {
    InApplicationTransaction.application = Signals.builder()
        .install(JunitTestSignals.REGISTRY)
        .transactions(InApplicationTransaction.TRANSACTIONS)
        .ready();
    InApplicationTransaction.application.signal(Greeting.class).connect(
        (payload, sender) -> {
          InApplicationTransaction.RAN.add("committed " + payload.who());
        },
        Connect.sender(Door.class).phase(Phase.AFTER_COMMIT));
    EngineRuns.passes(InApplicationTransaction.class, 2);
    EngineRuns.passes(InBuiltTransaction.class, 1);
  }

  /** A wrapped application whose test runs in a transaction of the application's hook. */
  static class InApplicationTransaction {
    static final ApplicationTransactions TRANSACTIONS = new ApplicationTransactions();
    static Signals application;

    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.wrapping(() -> application);

    static final List<String> RAN = new CopyOnWriteArrayList<>();

    @BeforeEach
    void beginTheTestsTransaction() {
      RAN.clear();
      TRANSACTIONS.begin();
    }

    @AfterEach
    void rollBackTheTestsTransaction() {
      TRANSACTIONS.end(false);
    }

    @Test
    void theCaptureHasTheSend(RecordedSignals recorded) {
      try (TransactionCapture transaction = recorded.captureTransaction()) {
        application.signal(Greeting.class).send(Door.class, new Greeting("kim"));

        assertEquals(new Greeting("kim"), transaction.pending().get(0).payload());
        transaction.commit();
        assertEquals(List.of("committed kim"), RAN);
      }
    }

    @Test
    void withoutCaptureTheApplicationsTransactionHasIt() {
      application.signal(Greeting.class).send(Door.class, new Greeting("lee"));

      assertEquals(List.of(), RAN);
      assertEquals(1, TRANSACTIONS.end(true));
      assertEquals(List.of("committed lee"), RAN);
      TRANSACTIONS.begin();
    }
  }

  /** A fresh Signals whose builder has a hook of its own, in whose transaction the test runs. */
  static class InBuiltTransaction {
    static final ApplicationTransactions TRANSACTIONS = new ApplicationTransactions();

    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.building(
        () -> Signals.builder().install(JunitTestSignals.REGISTRY).transactions(TRANSACTIONS));

    @Test
    void theCaptureHasTheSend(Signals signals, RecordedSignals recorded) {
      List<String> ran = new CopyOnWriteArrayList<>();
      signals.signal(Greeting.class).connect(
          (payload, sender) -> {
            ran.add(payload.who());
          },
          Connect.sender(Door.class).phase(Phase.AFTER_COMMIT));
      TRANSACTIONS.begin();
      try (TransactionCapture transaction = recorded.captureTransaction()) {
        signals.signal(Greeting.class).send(Door.class, new Greeting("max"));

        assertEquals(0, TRANSACTIONS.end(false), "the test's transaction held nothing");
        transaction.commit();
        assertEquals(List.of("max"), ran);
      }
    }
  }

  @Test
  void failuresOfReceiversThatRanAfterTheTransactionAreRecorded() {
    EngineRuns.passes(FailingAfterCommit.class, 2);
  }

  static class FailingAfterCommit {
    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.installing(JunitTestSignals.REGISTRY);

    @BeforeEach
    void connectAFailingMailer(Signals signals) {
      signals.signal(Greeting.class).connect(
          (payload, sender) -> {
            throw new IllegalStateException("mail server down for " + payload.who());
          },
          Connect.sender(Door.class).phase(Phase.AFTER_COMMIT).named("welcome"));
      signals.signal(Greeting.class).connectResponder(
          (payload, sender) -> "audited " + payload.who(),
          Connect.sender(Door.class).phase(Phase.AFTER_COMMIT).named("audit"));
    }

    @Test
    void afterACapturedCommit(Signals signals, RecordedSignals recorded) {
      try (TransactionCapture transaction = recorded.captureTransaction()) {
        signals.signal(Greeting.class).send(Door.class, new Greeting("ned"));
        assertEquals(List.of(), recorded.deferredRuns());

        transaction.commit();
      }

      DeferredRun run = recorded.deferredRuns().get(0);
      assertEquals(1, recorded.deferredRuns().size());
      assertEquals(Greeting.class, run.signal());
      assertEquals(Door.class, run.sender());
      assertEquals(new Greeting("ned"), run.payload());
      assertEquals(Phase.AFTER_COMMIT, run.phase());
      assertEquals(List.of("welcome", "audit"), run.ranNames());
      assertEquals(1, run.failures().size());
      assertEquals("welcome", run.failures().get(0).receiver().name());
      assertEquals("mail server down for ned", run.failures().get(0).error().getMessage());
      assertEquals("audited ned", run.responses().get(1).value());
      assertEquals(1, recorded.sent(Greeting.class).size(), "a run is not a send");
    }

    @Test
    void afterASendOutsideATransaction(Signals signals, RecordedSignals recorded) {
      signals.signal(Greeting.class).send(Door.class, new Greeting("oli"));

      assertEquals(List.of("welcome"), recorded.deferredRuns().get(0).failures().stream()
          .map(response -> response.receiver().name()).toList());
      recorded.clear();
      assertEquals(List.of(), recorded.deferredRuns());
    }
  }
}
