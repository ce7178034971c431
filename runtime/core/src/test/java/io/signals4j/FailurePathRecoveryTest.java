package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Nothing on the send path can break for good: a failure path first reached at the end of the
 * stack, where its class initialisation or linking overflows, works again once the stack is back.
 * Run in a fresh class loader, so that the runtime's classes are loaded and initialised for the
 * first time inside the scenario.
 */
class FailurePathRecoveryTest {

  @Test
  @SuppressWarnings("unchecked")
  void robustSendsWorkAfterTheirFailurePathOverflowedTheStack() throws Exception {
    URL runtime = Signals.class.getProtectionDomain().getCodeSource().getLocation();
    URL tests = DeepFailureScenario.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader isolated =
        new URLClassLoader(new URL[] {runtime, tests}, ClassLoader.getPlatformClassLoader())) {
      Class<?> scenario = isolated.loadClass(DeepFailureScenario.class.getName());
      Supplier<String> run =
          (Supplier<String>) scenario.getDeclaredConstructor().newInstance();

      assertEquals("1 receiver failed: at a normal depth, logged 1", run.get());
    }
  }
}
