package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.DeferredReceiversTest.Transactions;
import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import io.signals4j.spi.SendObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@link SendObserver}s see every send, through generated routes too, muted ones included, and
 * every run of the receivers that waited for a transaction.
 */
@SuppressWarnings("try") // mutings opened for their silence
class SendObserverTest {

  record Seen(Class<?> signal, Class<?> sender, Object payload, List<String> reached, Throwable failure) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final SendObserver observer = (signal, sender, payload, reached, failure) ->
      seen.add(new Seen(signal, sender, payload, Fixtures.infoNames(reached), failure));

  @Test
  void everyKindOfSendIsObservedWithTheReceiversItCalled() {
    Signals signals = Signals.ready(BillingSignals.REGISTRY);
    signals.addSendObserver(observer);
    Signal<Saved> saved = signals.signal(Saved.class);
    Saved payload = new Saved();

    saved.fire(User.class, payload);
    saved.send(User.class, payload);
    saved.sendRobust(null, payload);

    assertEquals(3, seen.size());
    for (Seen send : seen) {
      assertEquals(Saved.class, send.signal());
      assertEquals(payload, send.payload());
      assertEquals(List.of("Billing.urgent(Saved)", "Billing.charge(Saved)"), send.reached());
      assertNull(send.failure());
    }
    assertEquals(User.class, seen.get(0).sender());
    assertNull(seen.get(2).sender());
  }

  @Test
  void sendsThatReachNobodyAndMutedSendsAreObservedToo() {
    Signals signals = Signals.ready();
    Signal<Saved> saved = signals.signal(Saved.class);
    saved.send(User.class, new Saved());
    signals.addSendObserver(observer);

    saved.fire(User.class, new Saved());
    try (Muting quiet = saved.mute()) {
      saved.send(User.class, new Saved());
    }

    assertEquals(2, seen.size());
    assertEquals(List.of(), seen.get(1).reached());
  }

  @Test
  void aFailedSendIsObservedWithTheFailingReceiverLast() {
    Signals signals = Signals.ready();
    signals.addSendObserver(observer);
    Signal<Saved> saved = signals.signal(Saved.class);
    saved.connect(Fixtures.noting("first"), Connect.anySender().named("first"));
    saved.connect((payload, sender) -> {
      throw new IllegalStateException("boom");
    }, Connect.anySender().named("failing"));
    saved.connect(Fixtures.noting("never"), Connect.anySender().named("never"));

    ReceiverException thrown =
        assertThrows(ReceiverException.class, () -> saved.send(User.class, new Saved()));

    assertEquals(List.of("first", "failing"), seen.get(0).reached());
    assertEquals(thrown, seen.get(0).failure());
  }

  @Test
  void aRemovedObserverHearsNoMore() {
    Signals signals = Signals.ready();
    Signal<Saved> saved = signals.signal(Saved.class);
    signals.addSendObserver(observer);
    saved.fire(User.class, new Saved());

    assertTrue(signals.removeSendObserver(observer));
    saved.fire(User.class, new Saved());

    assertEquals(1, seen.size());
  }

  /** What a {@link SendObserver#deferredRan} call was told, with the names of the receivers. */
  record Ran(Class<?> sender, Phase phase, List<String> receivers, List<Response> responses) {}

  /** Records both kinds of report, in the order they came, as "sent" or "ran" entries. */
  private static final class Recording implements SendObserver {
    final List<Object> reports = new CopyOnWriteArrayList<>();

    @Override
    public void sent(
        Class<?> signal, Class<?> sender, Object payload, List<ReceiverInfo> reached,
        Throwable failure) {
      reports.add(new Seen(signal, sender, payload, Fixtures.infoNames(reached), failure));
    }

    @Override
    public void deferredRan(
        Class<?> signal, Class<?> sender, Object payload, Phase phase, List<Response> responses) {
      assertEquals(Saved.class, signal);
      reports.add(new Ran(sender, phase, Fixtures.names(responses), responses));
    }

    List<Ran> runs() {
      List<Ran> runs = new ArrayList<>();
      for (Object report : reports) {
        if (report instanceof Ran ran) {
          runs.add(ran);
        }
      }
      return runs;
    }
  }

  private final Recording recording = new Recording();

  /** The signal of {@code signals}, which {@link #recording} observes, with deferred receivers. */
  private Signal<Saved> observedWithDeferredReceivers(Signals signals) {
    signals.addSendObserver(recording);
    Signal<Saved> saved = signals.signal(Saved.class);
    connectDeferred(saved);
    return saved;
  }

  private static void connectDeferred(Signal<Saved> saved) {
    saved.connect((payload, sender) -> {
      throw new IllegalStateException("mail server down");
    }, Connect.anySender().named("mail").phase(Phase.AFTER_COMMIT));
    saved.connectResponder((payload, sender) -> "audited " + payload.id(),
        Connect.anySender().named("audit").phase(Phase.AFTER_COMMIT));
    saved.connect(Fixtures.noting("undo"), Connect.anySender().named("undo")
        .phase(Phase.AFTER_ROLLBACK));
  }

  @Test
  void aFailureAfterCommitIsReportedWithTheReceiversThatRanAndTheirResponses() {
    Transactions transactions = new Transactions();
    Signals signals = Signals.builder().transactions(transactions).ready();
    Signal<Saved> saved = signals.signal(Saved.class);
    connectDeferred(saved);
    transactions.begin();
    saved.send(User.class, new Saved("u1"));
    signals.addSendObserver(recording);   // told of the run even though it missed the send

    try (CapturedLog log = CapturedLog.start()) {
      transactions.end(true);
      assertEquals(1, log.records.size(), "still logged as before");
    }

    Ran ran = recording.runs().get(0);
    assertEquals(List.of(ran), recording.reports);
    assertEquals(User.class, ran.sender());
    assertEquals(Phase.AFTER_COMMIT, ran.phase());
    assertEquals(List.of("mail", "audit"), ran.receivers());
    assertEquals("mail server down", ran.responses().get(0).error().getMessage());
    assertNull(ran.responses().get(0).value());
    assertEquals("audited u1", ran.responses().get(1).value());
    assertFalse(ran.responses().get(1).failed());
  }

  @Test
  void aRollbackReportsTheAfterRollbackReceiversAndNothingWhenNoneIsDue() {
    Transactions transactions = new Transactions();
    Signals signals = Signals.builder().transactions(transactions).ready();
    signals.addSendObserver(recording);
    Signal<Saved> saved = signals.signal(Saved.class);
    saved.connect(Fixtures.noting("mail"), Connect.anySender().phase(Phase.AFTER_COMMIT));
    transactions.begin();
    saved.fire(null, new Saved());
    transactions.end(false);
    assertEquals(List.of(), recording.runs(), "nothing was due after the rollback");

    connectDeferred(saved);
    transactions.begin();
    saved.fire(null, new Saved());
    transactions.end(false);

    assertEquals(1, recording.runs().size());
    assertEquals(Phase.AFTER_ROLLBACK, recording.runs().get(0).phase());
    assertEquals(List.of("undo"), recording.runs().get(0).receivers());
  }

  @Test
  void outsideATransactionTheAfterCommitRunIsReportedBeforeItsSendByEveryKindOfSend() {
    Signal<Saved> saved = observedWithDeferredReceivers(Signals.ready());

    try (CapturedLog quiet = CapturedLog.start()) {
      saved.fire(User.class, new Saved());
      saved.send(User.class, new Saved());
      saved.sendRobust(User.class, new Saved());
      saved.sendAsync(User.class, new Saved()).join();
    }

    assertEquals(8, recording.reports.size());
    for (int i = 0; i < 8; i += 2) {
      assertInstanceOf(Ran.class, recording.reports.get(i));
      assertEquals(List.of("mail", "audit"), ((Ran) recording.reports.get(i)).receivers());
      assertInstanceOf(Seen.class, recording.reports.get(i + 1));
    }
  }

  @Test
  void aSendThatFailsRunsAndReportsNoAfterCommitReceiver() {
    Signal<Saved> saved = observedWithDeferredReceivers(Signals.ready());
    saved.connect((payload, sender) -> {
      throw new IllegalStateException("boom");
    });

    assertThrows(ReceiverException.class, () -> saved.send(User.class, new Saved()));

    assertEquals(1, recording.reports.size());
    assertInstanceOf(ReceiverException.class, ((Seen) recording.reports.get(0)).failure());
  }
}
