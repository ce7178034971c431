package io.signals4j.it.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Signal;
import io.signals4j.Signals;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The runtime jar as it is packaged: one jar whatever JDK built it, so that asynchronous sends
 * behave the same on every JVM that runs it, with daemon platform threads unless the application
 * names an executor.
 */
class AsyncExecutorTest {

  record Ping(int n) {}

  @Test
  void runtimeJarIsTheSameWhicheverJdkBuiltIt() throws IOException, URISyntaxException {
    Path jar = Path.of(Signals.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(jar.toString().endsWith(".jar"), "the tests run against the packaged jar: " + jar);
    try (JarFile file = new JarFile(jar.toFile())) {
      assertNull(file.getManifest().getMainAttributes().getValue("Multi-Release"));
      assertFalse(
          file.stream().anyMatch(entry -> entry.getName().startsWith("META-INF/versions/")),
          "no classes for particular Java versions");
    }
  }

  @Test
  void defaultExecutorRunsReceiversOnDaemonThreads() {
    Signal<Ping> ping = Signals.ready().signal(Ping.class);
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    ping.connect((payload, sender) -> {
      ranOn.set(Thread.currentThread());
    });

    ping.sendAsync(AsyncExecutorTest.class, new Ping(1)).join();

    Thread thread = ranOn.get();
    assertTrue(thread.isDaemon(), thread.toString());
    assertTrue(thread.getName().startsWith("signals4j-async-"), thread.getName());
  }
}
