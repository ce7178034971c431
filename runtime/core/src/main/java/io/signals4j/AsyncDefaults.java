package io.signals4j;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor of asynchronous sends when the application names none.
 *
 * <p>This is the Java 17 version: a cached pool of daemon threads, since receivers may block and
 * the common fork-join pool is no place for that. The multi-release jar carries a Java 21 version
 * of this class that uses virtual threads; the JVM picks one or the other when it loads the class.
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
