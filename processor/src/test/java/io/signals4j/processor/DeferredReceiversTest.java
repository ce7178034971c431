package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;

import io.signals4j.Phase;
import io.signals4j.ReceiverInfo;
import io.signals4j.internal.GeneratedRegistry;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receivers that wait for the transaction ({@code phase = AFTER_COMMIT, AFTER_ROLLBACK}) are
 * described with their phase, and no route that reaches one is fired by a straight-line method,
 * which would call it during the send: the runtime calls such routes receiver by receiver.
 */
class DeferredReceiversTest {

  @TempDir static Path out;
  private static URLClassLoader loader;
  private static GeneratedRegistry registry;

  @BeforeAll
  static void compileAndLoad() throws Exception {
    JavacRunner.compile(TestSources.sources("good/deferred"), out);
    loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, DeferredReceiversTest.class.getClassLoader());
    registry = (GeneratedRegistry) loader.loadClass("com.example.SignalsRegistry").getField("REGISTRY").get(null);
  }

  @AfterAll
  static void close() throws Exception {
    loader.close();
  }

  @Test
  void noStraightLineRouteCallsADeferredReceiver() throws Exception {
    int straight = 0;
    for (Class<?> signal : registry.signalTypes()) {
      int id = registry.signalId(signal);
      for (Class<?> sender : new Class<?>[] {null, loader.loadClass("com.example.Checkout")}) {
        int route = registry.route(id, sender);
        boolean defers = false;
        for (int receiver : registry.receivers(route)) {
          defers |= registry.describe(receiver).deferred();
        }
        assertThat(registry.firesRoute(route)).isEqualTo(!defers);
        straight += registry.firesRoute(route) ? 1 : 0;
      }
    }
    assertThat(straight).isGreaterThan(0);
  }

  @Test
  void describeCarriesThePhase() throws Exception {
    int signal = registry.signalId(loader.loadClass("com.example.OrderPlaced"));
    StringBuilder phases = new StringBuilder();
    for (int receiver : registry.allReceivers(signal)) {
      ReceiverInfo info = registry.describe(receiver);
      phases.append(info.name()).append('=').append(info.phase()).append(';');
    }
    assertThat(phases.toString())
        .isEqualTo(
            "OrderReceivers.reserveStock(OrderPlaced)=" + Phase.DURING_SEND
                + ";OrderReceivers.audit(OrderPlaced)=DURING_SEND"
                + ";OrderReceivers.releaseStock(OrderPlaced, Class)=AFTER_ROLLBACK"
                + ";OrderReceivers.sendReceipt(OrderPlaced)=AFTER_COMMIT;");
  }
}
