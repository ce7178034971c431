package io.signals4j;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The executor of asynchronous sends when the application names none: on Java 21 and newer, one
 * virtual thread per send. The JVM loads this version from the multi-release jar instead of the
 * Java 17 one, so no reflection is needed to find out whether virtual threads exist.
 */
final class AsyncDefaults {

  private static final ExecutorService EXECUTOR =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("signals4j-async-", 1).factory());

  private AsyncDefaults() {}

  static Executor executor() {
    return EXECUTOR;
  }
}
