package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs the same work on several threads started together, within a time limit, no sleeps. */
final class Workers {

  static final int THREADS = 4;
  private static final Duration LIMIT = Duration.ofSeconds(20);

  /** Body of one worker thread; {@code worker} is its index. */
  interface Work {
    void run(int worker) throws Exception;
  }

  private Workers() {}

  /** Runs {@code work} on {@link #THREADS} threads released at once, and rethrows any failure. */
  static void runConcurrently(Work work) throws InterruptedException {
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
}
