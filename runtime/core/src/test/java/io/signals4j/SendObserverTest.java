package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import io.signals4j.spi.SendObserver;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@link SendObserver}s see every send, through generated routes too, muted ones included. */
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
}
