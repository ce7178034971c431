package io.signals4j;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor of asynchronous sends when the application names none: a cached pool of daemon
 * threads, since receivers may block and the common fork-join pool is no place for that.
 *
 * <p>The same on every JVM, so that one jar behaves the same whichever JDK built it and whichever
 * runs it; applications on Java 21 and newer pass {@code
 * Executors.newVirtualThreadPerTaskExecutor()} to {@link Signals.Builder#asyncExecutor} for virtual
 * threads. The pool is created on the first asynchronous send.
 */
final class AsyncDefaults {

  private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(daemonThreads());

  private AsyncDefaults() {}

  static Executor executor() {
    return EXECUTOR;
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "signals4j-async-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
