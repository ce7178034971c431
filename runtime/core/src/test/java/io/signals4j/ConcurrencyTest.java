package io.signals4j;

import static io.signals4j.Workers.THREADS;
import static io.signals4j.Workers.runConcurrently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Order;
import io.signals4j.Fixtures.Tick;
import io.signals4j.Fixtures.User;
import java.lang.reflect.Array;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Several threads connecting, disconnecting and sending at once: nothing is lost, nothing is
 * duplicated, and every send sees one consistent set of receivers. Bounded in iterations and time.
 */
class ConcurrencyTest {

  private static final int ITERATIONS = 3_000;

  @Test
  void concurrentConnectDisconnectAndSendLoseAndDuplicateNothing() throws Exception {
    Signal<Tick> tick = Signals.ready().signal(Tick.class);
    AtomicLong stableDeliveries = new AtomicLong();
    AtomicLong sends = new AtomicLong();
    AtomicLong sharedConnects = new AtomicLong();
    AtomicLong sharedDisconnects = new AtomicLong();
    tick.connect((payload, sender) -> stableDeliveries.incrementAndGet(), Connect.anySender().named("stable"));

    runConcurrently(worker -> {
      String own = "own-" + worker;
      // Capturing lambdas: a non-capturing one would be one object shared by every thread.
      SignalReceiver<Tick> ownReceiver = (payload, sender) -> own.length();
      SignalReceiver<Tick> sharedReceiver = (payload, sender) -> own.length();
      Connect ownOptions = Connect.sender(User.class).named(own);
      Connect sharedOptions = Connect.anySender().dispatchUid("shared").named("shared-" + worker);
      for (int i = 0; i < ITERATIONS; i++) {
        // Only this thread touches its own receiver, so these must always succeed.
        assertTrue(tick.connect(ownReceiver, ownOptions).isNew(), own + " connect");
        if (tick.connect(sharedReceiver, sharedOptions).isNew()) {
          sharedConnects.incrementAndGet();
        }

        List<Response> responses = tick.send(i % 2 == 0 ? User.class : null, new Tick(i));
        sends.incrementAndGet();

        Set<String> names = new HashSet<>();
        int shared = 0;
        for (Response response : responses) {
          assertTrue(names.add(response.receiver().name()), "twice in one send: " + response.receiver());
          if ("shared".equals(response.receiver().dispatchUid())) {
            shared++;
          }
        }
        assertTrue(names.contains("stable"), "the stable receiver was lost");
        assertTrue(shared <= 1, "two receivers with one uid in one send");
        assertEquals(i % 2 == 0, names.contains(own), "this thread's receiver, connected before the send");

        assertTrue(tick.disconnect(ownReceiver, ownOptions), own + " disconnect");
        if (tick.disconnect(Connect.anySender().dispatchUid("shared"))) {
          sharedDisconnects.incrementAndGet();
        }
      }
    });

    assertEquals(sends.get(), stableDeliveries.get(), "exactly one delivery per send");
    assertEquals((long) THREADS * ITERATIONS, sends.get());
    long sharedLeft = tick.receivers().stream().filter(info -> "shared".equals(info.dispatchUid())).count();
    assertEquals(sharedConnects.get() - sharedDisconnects.get(), sharedLeft);
    assertEquals(List.of("stable"), Fixtures.infoNames(tick.receivers()).subList(0, 1));
    assertEquals(1 + sharedLeft, tick.receivers().size(), "every own receiver was disconnected");
  }

  @Test
  void concurrentSendsFromAlternatingSendersSeeTheirOwnReceivers() throws Exception {
    Signal<Tick> tick = Signals.ready().signal(Tick.class);
    AtomicLong userDeliveries = new AtomicLong();
    AtomicLong orderDeliveries = new AtomicLong();
    AtomicLong anyDeliveries = new AtomicLong();
    AtomicLong userSends = new AtomicLong();
    AtomicLong orderSends = new AtomicLong();
    tick.connect((payload, sender) -> userDeliveries.incrementAndGet(), Connect.sender(User.class));
    tick.connect((payload, sender) -> orderDeliveries.incrementAndGet(), Connect.sender(Order.class));
    tick.connect((payload, sender) -> anyDeliveries.incrementAndGet());

    runConcurrently(worker -> {
      for (int i = 0; i < ITERATIONS; i++) {
        Class<?> sender = switch ((i + worker) % 3) {
          case 0 -> User.class;
          case 1 -> Order.class;
          default -> null;
        };
        (sender == User.class ? userSends : sender == Order.class ? orderSends : new AtomicLong())
            .incrementAndGet();
        assertEquals(sender == null ? 1 : 2, tick.send(sender, new Tick(i)).size(), "sender " + sender);
      }
    });

    assertEquals((long) THREADS * ITERATIONS, anyDeliveries.get());
    assertEquals(userSends.get(), userDeliveries.get());
    assertEquals(orderSends.get(), orderDeliveries.get());
  }

  @Test
  void concurrentFirstUseGivesEveryThreadTheSameSignal() throws Exception {
    Signals signals = Signals.ready();
    Queue<Signal<Tick>> seen = new ConcurrentLinkedQueue<>();

    runConcurrently(worker -> seen.add(signals.signal(Tick.class)));

    Signal<Tick> first = signals.signal(Tick.class);
    assertEquals(THREADS, seen.size());
    seen.forEach(signal -> assertSame(first, signal));
  }

  @Test
  void receiversMayConnectAndSendFromInsideASendOnManyThreads() throws Exception {
    Signal<Tick> tick = Signals.ready().signal(Tick.class);
    AtomicLong inner = new AtomicLong();
    tick.connect((payload, sender) -> {
      if (sender == User.class) {
        SignalReceiver<Tick> once = (p, s) -> inner.incrementAndGet();
        tick.connect(once, Connect.sender(Order.class));
        tick.send(Order.class, payload);
        tick.disconnect(once, Connect.sender(Order.class));
      }
    });

    runConcurrently(worker -> {
      for (int i = 0; i < ITERATIONS / 10; i++) {
        tick.send(User.class, new Tick(i));
      }
    });

    // Each inner send reaches at least its own receiver; it may see other threads' too.
    assertTrue(inner.get() >= (long) THREADS * (ITERATIONS / 10), "inner deliveries: " + inner.get());
    assertEquals(1, tick.receivers().size(), "every inner receiver was disconnected");
  }

  @Test
  void concurrentSendsFromManySenderClassesEachResolveTheirOwnRoute() throws Exception {
    Signal<Tick> tick = Signals.ready().signal(Tick.class);
    AtomicLong deliveries = new AtomicLong();
    AtomicLong userDeliveries = new AtomicLong();
    tick.connect((payload, sender) -> {
      deliveries.incrementAndGet();
    });
    tick.connect((payload, sender) -> {
      userDeliveries.incrementAndGet();
    }, Connect.sender(User.class));
    // Many distinct sender classes at once, so that threads grow the route table under each other.
    Class<?>[] senders = new Class<?>[500];
    for (int i = 0; i < senders.length; i++) {
      senders[i] = i % 50 == 0 ? User.class : Array.newInstance(Tick.class, new int[1 + i % 200]).getClass();
    }
    AtomicLong userSends = new AtomicLong();

    runConcurrently(worker -> {
      for (int i = 0; i < ITERATIONS; i++) {
        Class<?> sender = senders[(i * 7 + worker * 131) % senders.length];
        if (sender == User.class) {
          userSends.incrementAndGet();
        }
        tick.fire(sender, new Tick(i));
      }
    });

    assertEquals((long) THREADS * ITERATIONS, deliveries.get(), "one delivery per send");
    assertEquals(userSends.get(), userDeliveries.get());
  }
}
