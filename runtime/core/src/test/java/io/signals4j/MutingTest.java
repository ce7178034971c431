package io.signals4j;

import static io.signals4j.Fixtures.noting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Comment;
import io.signals4j.Fixtures.Deleted;
import io.signals4j.Fixtures.Event;
import io.signals4j.Fixtures.Order;
import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.Tick;
import io.signals4j.Fixtures.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Muting}: silence that nests, overlaps and restores exactly what it silenced. */
@SuppressWarnings("try") // a muting is opened for the silence, not to be referenced
class MutingTest {

  private final Signals signals = Signals.ready();
  private final Signal<Saved> saved = signals.signal(Saved.class);

  private List<String> sendAndLog(Class<?> sender) {
    Saved payload = new Saved();
    saved.send(sender, payload);
    return payload.log();
  }

  @Test
  void mutedSignalReachesNoReceiverUntilTheMutingIsClosed() {
    saved.connect(noting("a"));

    try (Muting quiet = signals.mute(Saved.class)) {
      assertEquals(List.of(), sendAndLog(User.class));
      assertEquals(List.of(), sendAndLog(null));
      assertEquals(List.of(), saved.sendRobust(User.class, new Saved()));
      Saved fired = new Saved();
      saved.fire(User.class, fired);
      assertEquals(List.of(), fired.log());
    }

    assertEquals(List.of("a"), sendAndLog(User.class));
  }

  @Test
  void duringRunsTheWorkMutedAndThenUnmutes() {
    saved.connect(noting("a"));
    List<List<String>> heard = new java.util.ArrayList<>();

    signals.mute(Saved.class).during(() -> heard.add(sendAndLog(User.class)));

    assertEquals(List.of(List.of()), heard);
    assertEquals(List.of("a"), sendAndLog(User.class));
  }

  @Test
  void duringUnmutesWhenTheWorkThrows() {
    saved.connect(noting("a"));
    Muting muting = signals.mute(Saved.class);

    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> muting.during(() -> {
      throw new IllegalStateException("import failed");
    }));

    assertEquals(List.of("a"), sendAndLog(User.class));
  }

  @Test
  void mutingOneSignalLeavesOthersAlone() {
    saved.connect(noting("a"));
    Signal<Tick> tick = signals.signal(Tick.class);
    AtomicInteger ticks = new AtomicInteger();
    tick.connect((payload, sender) -> ticks.incrementAndGet());

    try (Muting quiet = signals.mute(Saved.class)) {
      tick.send(User.class, new Tick(1));
    }

    assertEquals(1, ticks.get());
  }

  @Test
  void mutingSendersSilencesExactlyThoseSenders() {
    saved.connect(noting("any"));

    try (Muting quiet = signals.mute(Saved.class, User.class, Event.class)) {
      assertEquals(List.of(), sendAndLog(User.class));
      assertEquals(List.of(), sendAndLog(Event.class));
      assertEquals(List.of("any"), sendAndLog(Comment.class), "a subclass is another sender");
      assertEquals(List.of("any"), sendAndLog(Order.class));
      assertEquals(List.of("any"), sendAndLog(null));
    }

    assertEquals(List.of("any"), sendAndLog(User.class));
  }

  @Test
  void mutingNullSenderSilencesSendsWithoutSender() {
    saved.connect(noting("any"));

    try (Muting quiet = saved.mute((Class<?>) null)) {
      assertEquals(List.of(), sendAndLog(null));
      assertEquals(List.of("any"), sendAndLog(User.class));
    }

    assertEquals(List.of("any"), sendAndLog(null));
  }

  @Test
  void mutingAPlainNullMeansSendsWithoutSenderToo() {
    saved.connect(noting("any"));

    saved.mute((Class<?>[]) null).during(() -> assertEquals(List.of(), sendAndLog(null)));

    assertEquals(List.of("any"), sendAndLog(null));
  }

  @Test
  void muteAllSilencesEverySignalIncludingThoseFirstUsedWhileMuted() {
    saved.connect(noting("a"));
    AtomicInteger deleted = new AtomicInteger();

    try (Muting quiet = signals.muteAll()) {
      assertEquals(List.of(), sendAndLog(User.class));
      Signal<Deleted> late = signals.signal(Deleted.class);
      late.connect((payload, sender) -> deleted.incrementAndGet());
      late.send(User.class, new Deleted(1));
      assertEquals(0, deleted.get());
      assertFalse(late.hasListeners(User.class));
    }

    assertEquals(List.of("a"), sendAndLog(User.class));
    signals.signal(Deleted.class).send(User.class, new Deleted(2));
    assertEquals(1, deleted.get());
  }

  @Test
  void muteAllSilencesDeclaredReceiversToo() {
    Signals billing = Signals.ready(BillingSignals.REGISTRY);

    try (Muting quiet = billing.muteAll()) {
      Saved silent = new Saved();
      billing.signal(Saved.class).send(User.class, silent);
      assertEquals(List.of(), silent.log());
    }

    Saved heard = new Saved();
    billing.signal(Saved.class).send(User.class, heard);
    assertEquals(List.of("Billing.urgent", "Billing.charge"), heard.log());
  }

  @Test
  void mutingOneSignalsLeavesAnotherAlone() {
    Signals other = Signals.ready(BillingSignals.REGISTRY);

    try (Muting quiet = Signals.ready(BillingSignals.REGISTRY).muteAll()) {
      Saved heard = new Saved();
      other.signal(Saved.class).send(User.class, heard);
      assertEquals(2, heard.log().size());
    }
  }

  @Test
  void signalMuteSilencesThatSignal() {
    saved.connect(noting("a"));

    try (Muting quiet = saved.mute()) {
      assertEquals(List.of(), sendAndLog(User.class));
    }

    assertEquals(List.of("a"), sendAndLog(User.class));
  }

  @Test
  void nestedMutingsEachCount() {
    saved.connect(noting("a"));

    try (Muting outer = saved.mute()) {
      try (Muting inner = signals.mute(Saved.class)) {
        assertEquals(List.of(), sendAndLog(User.class));
      }
      assertEquals(List.of(), sendAndLog(User.class), "the outer muting is still open");
      try (Muting all = signals.muteAll()) {
        assertEquals(List.of(), sendAndLog(User.class));
      }
      assertEquals(List.of(), sendAndLog(User.class));
    }

    assertEquals(List.of("a"), sendAndLog(User.class));
  }

  @Test
  void overlappingMutingsSpeakAgainOnlyWhenTheLastIsClosed() {
    saved.connect(noting("a"));
    Muting first = saved.mute(User.class);
    Muting second = signals.mute(Saved.class, User.class);

    first.close();
    assertEquals(List.of(), sendAndLog(User.class));

    second.close();
    assertEquals(List.of("a"), sendAndLog(User.class));
  }

  @Test
  void overlappingMuteAllAndSignalMuting() {
    saved.connect(noting("a"));
    Muting all = signals.muteAll();
    Muting one = saved.mute();

    all.close();
    assertEquals(List.of(), sendAndLog(User.class));

    one.close();
    assertEquals(List.of("a"), sendAndLog(User.class));
  }

  @Test
  void closingAMutingTwiceIsHarmless() {
    saved.connect(noting("a"));
    Muting first = saved.mute();
    Muting second = saved.mute();
    Muting all = signals.muteAll();
    Muting senders = saved.mute(User.class);
    Muting other = saved.mute(User.class);

    first.close();
    first.close();
    all.close();
    all.close();
    senders.close();
    senders.close();
    assertEquals(List.of(), sendAndLog(User.class), "the second and other mutings are still open");

    second.close();
    assertEquals(List.of(), sendAndLog(User.class), "other still mutes User");
    assertEquals(List.of("a"), sendAndLog(Order.class));
    other.close();
    assertEquals(List.of("a"), sendAndLog(User.class));
  }

  @Test
  void receiversConnectedOrDisconnectedWhileMutedStaySoAfterwards() {
    SignalReceiver<Saved> leaving = noting("leaving");
    saved.connect(leaving);
    saved.connect(noting("staying"));

    try (Muting quiet = signals.mute(Saved.class)) {
      saved.disconnect(leaving);
      saved.connect(noting("arriving"));
      assertEquals(List.of(), sendAndLog(User.class));
    }

    assertEquals(List.of("staying", "arriving"), sendAndLog(User.class));
  }

  @Test
  void receiversStayListedWhileMutedButReachNoSend() {
    saved.connect(noting("a"), Connect.anySender().named("a"));

    try (Muting quiet = saved.mute()) {
      assertEquals(1, saved.receivers().size());
      assertEquals(List.of(), saved.receivers(User.class));
    }

    assertEquals(1, saved.receivers(User.class).size());
  }

  @Test
  void mutingFromManyThreadsAtOnceEndsFullyUnmuted() throws Exception {
    saved.connect(noting("a"), Connect.sender(User.class));
    int iterations = 5_000;
    Workers.runConcurrently(worker -> {
      for (int i = 0; i < iterations; i++) {
        switch ((i + worker) % 4) {
          case 0 -> signals.mute(Saved.class).close();
          case 1 -> {
            try (Muting a = saved.mute(User.class);
                Muting b = signals.mute(Saved.class, User.class, Order.class)) {
              saved.send(User.class, new Saved());
            }
          }
          case 2 -> {
            Muting all = signals.muteAll();
            all.close();
            all.close();
          }
          default -> {
            try (Muting quiet = saved.mute()) {
              signals.signal(Deleted.class).hasListeners(User.class);
            }
          }
        }
      }
    });

    assertEquals(List.of("a"), sendAndLog(User.class));
    assertTrue(saved.hasListeners(User.class));
    AtomicInteger deleted = new AtomicInteger();
    signals.signal(Deleted.class).connect((payload, sender) -> deleted.incrementAndGet());
    signals.signal(Deleted.class).send(null, new Deleted(1));
    assertEquals(1, deleted.get());
  }
}
