package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Deleted;
import io.signals4j.Fixtures.Tick;
import io.signals4j.Fixtures.User;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A receiver that re-sends its own signal without end meets a {@link RecursiveSendException} at the
 * builder's limit, instead of a {@link StackOverflowError}; re-entrant sends a few levels deep keep
 * working.
 */
class RecursionGuardTest {

  @Test
  void endlessResendThroughSendIsOneExceptionNamingSignalAndReceivers() {
    Signal<Tick> tick = Signals.ready().signal(Tick.class);
    tick.connect((payload, sender) -> {
      tick.send(User.class, new Tick(payload.n() + 1));
    }, Connect.anySender().named("again"));

    RecursiveSendException thrown =
        assertThrows(RecursiveSendException.class, () -> tick.send(User.class, new Tick(0)));

    assertEquals(Tick.class, thrown.signal());
    assertEquals(Signals.DEFAULT_RECURSION_LIMIT, thrown.limit());
    assertEquals(Signals.DEFAULT_RECURSION_LIMIT, thrown.receivers().size());
    assertTrue(thrown.getMessage().contains(Tick.class.getName()), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("again <- again"), thrown.getMessage());
    assertInstanceOf(RuntimeException.class, thrown);
  }

  @Test
  void endlessResendThroughFireIsCaughtToo() {
    Signal<Tick> tick = Signals.ready().signal(Tick.class);
    tick.connect((payload, sender) -> {
      tick.fire(User.class, payload);
    });

    assertThrows(RecursiveSendException.class, () -> tick.fire(User.class, new Tick(0)));
  }

  @Test
  void aReceiversOwnStackOverflowStaysAStackOverflow() {
    Signal<Tick> tick = Signals.ready().signal(Tick.class);
    tick.connect((payload, sender) -> {
      descend(0);
    });

    assertThrows(StackOverflowError.class, () -> tick.fire(User.class, new Tick(0)));
    assertThrows(StackOverflowError.class, () -> tick.send(User.class, new Tick(0)));
  }

  private static int descend(int depth) {
    return descend(depth + 1) + 1;
  }

  @Test
  void robustSendReportsTheLoopAsTheResponseOfTheReceiverThatResent() {
    Signal<Tick> tick = Signals.builder().recursionLimit(10).ready().signal(Tick.class);
    AtomicInteger calls = new AtomicInteger();
    tick.connect((payload, sender) -> {
      calls.incrementAndGet();
      tick.sendRobust(User.class, payload);
    });

    List<Response> responses = tick.sendRobust(User.class, new Tick(0));

    assertEquals(1, responses.size());
    assertEquals(null, responses.get(0).error(), "the outermost receiver completed");
    assertEquals(10, calls.get(), "one receiver call per send in progress, up to the limit");
  }

  @Test
  void loopThroughTwoSignalsIsCountedAcrossBoth() {
    Signals signals = Signals.builder().recursionLimit(20).ready();
    Signal<Tick> tick = signals.signal(Tick.class);
    Signal<Deleted> deleted = signals.signal(Deleted.class);
    tick.connect((payload, sender) -> {
      deleted.send(User.class, new Deleted(payload.n()));
    }, Connect.anySender().named("tickToDeleted"));
    deleted.connect((payload, sender) -> {
      tick.send(User.class, new Tick(payload.id()));
    }, Connect.anySender().named("deletedToTick"));

    RecursiveSendException thrown =
        assertThrows(RecursiveSendException.class, () -> tick.send(User.class, new Tick(1)));

    assertEquals(20, thrown.limit());
    assertTrue(
        thrown.getMessage().contains("deletedToTick <- tickToDeleted"), thrown.getMessage());
  }

  @Test
  void reentrantSendsAFewLevelsDeepAreOrdinary() {
    Signal<Tick> tick = Signals.ready().signal(Tick.class);
    AtomicInteger deepest = new AtomicInteger();
    tick.connect((payload, sender) -> {
      deepest.accumulateAndGet(payload.n(), Math::max);
      if (payload.n() < 5) {
        tick.send(User.class, new Tick(payload.n() + 1));
      }
    });

    tick.send(User.class, new Tick(0));

    assertEquals(5, deepest.get());
  }

  @Test
  void theLimitIsExactAndTheCountRecoversAfterTheException() {
    Signal<Tick> tick = Signals.builder().recursionLimit(3).ready().signal(Tick.class);
    AtomicInteger deepest = new AtomicInteger();
    tick.connect((payload, sender) -> {
      deepest.accumulateAndGet(payload.n(), Math::max);
      tick.send(User.class, new Tick(payload.n() + 1));
    });

    assertThrows(RecursiveSendException.class, () -> tick.send(User.class, new Tick(1)));
    assertEquals(3, deepest.get(), "three sends in progress at once, the fourth refused");

    // The failed sends counted themselves out: a fresh send has the whole limit again.
    deepest.set(0);
    assertThrows(RecursiveSendException.class, () -> tick.send(User.class, new Tick(1)));
    assertEquals(3, deepest.get());
  }

  @Test
  void limitBelowOneIsRefused() {
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> Signals.builder().recursionLimit(0));
    assertTrue(thrown.getMessage().contains("recursionLimit"), thrown.getMessage());
  }
}
