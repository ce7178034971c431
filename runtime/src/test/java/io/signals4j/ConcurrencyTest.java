package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Order;
import io.signals4j.Fixtures.Tick;
import io.signals4j.Fixtures.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Several threads connecting, disconnecting and sending at once: nothing is lost, nothing is
 * duplicated, and every send sees one consistent set of receivers. Bounded in iterations and time.
 */
class ConcurrencyTest {

  private static final int THREADS = 4;
  private static final int ITERATIONS = 3_000;
  private static final Duration LIMIT = Duration.ofSeconds(20);

  /** Body of one worker thread; {@code worker} is its index. */
  private interface Work {
    void run(int worker) throws Exception;
  }

  /** Runs {@code work} on {@link #THREADS} threads started together, and rethrows any failure. */
  private static void runConcurrently(Work work) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int worker = t;
      Thread thread = new Thread(() -> {
        try {
          start.await();
          work.run(worker);
        } catch (Throwable e) {
          failures.add(e);
        }
      }, "worker-" + t);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    start.countDown();
    long deadline = System.nanoTime() + LIMIT.toNanos();
    for (Thread thread : threads) {
      thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      assertFalse(thread.isAlive(), thread.getName() + " did not finish within " + LIMIT);
    }
    if (!failures.isEmpty()) {
      AssertionError error = new AssertionError(failures.size() + " worker(s) failed");
      failures.forEach(error::addSuppressed);
      throw error;
    }
  }

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
        assertTrue(tick.connect(ownReceiver, ownOptions), own + " connect");
        if (tick.connect(sharedReceiver, sharedOptions)) {
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
}
