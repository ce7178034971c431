package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sending never keeps a sender class alive: routes are cached for as long as the receivers stay
 * the same, which may be forever, so a cache that held its keys would pin every generated or
 * redeployed class an application ever sent from, and its class loader. Django keeps this cache
 * with weak keys too.
 */
class SenderLifetimeTest {

  private static final int SENDERS = 10_000;

  /** Defines its own copy of {@link ThrowawaySender}, so that each loader yields a distinct class. */
  private static final class ThrowawayLoader extends ClassLoader {
    private static final byte[] BYTES = read();

    ThrowawayLoader() {
      super(SenderLifetimeTest.class.getClassLoader());
    }

    Class<?> define() {
      return defineClass(ThrowawaySender.class.getName(), BYTES, 0, BYTES.length);
    }

    private static byte[] read() {
      String file = ThrowawaySender.class.getName().replace('.', '/') + ".class";
      try (InputStream in = SenderLifetimeTest.class.getClassLoader().getResourceAsStream(file)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void sendingHasListenersAndIntrospectionKeepNoSenderClassAlive() throws InterruptedException {
    Signals signals = Signals.ready(BillingSignals.REGISTRY);
    Signal<Saved> saved = signals.signal(Saved.class);
    List<String> heard = new ArrayList<>();
    saved.connect((payload, sender) -> {
      heard.add(sender.getName());
    });

    List<WeakReference<Class<?>>> senders = new ArrayList<>();
    for (int i = 0; i < SENDERS; i++) {
      Class<?> sender = new ThrowawayLoader().define();
      saved.fire(sender, new Saved());
      saved.send(sender, new Saved());
      saved.sendRobust(sender, new Saved());
      assertTrue(saved.hasListeners(sender));
      assertEquals(saved.receivers(null), saved.receivers(sender));
      senders.add(new WeakReference<>(sender));
    }
    assertEquals(3 * SENDERS, heard.size());

    assertEquals(0, alive(senders), "sender classes kept alive by the signal");
    // The signal still works after the collector took its cached senders' routes.
    Class<?> another = new ThrowawayLoader().define();
    saved.send(another, new Saved());
    assertEquals(3 * SENDERS + 1, heard.size());
  }

  @Test
  void theLastSenderIsNotPinnedByTheFastPathEither() throws InterruptedException {
    Signal<Saved> saved = Signals.ready().signal(Saved.class);
    saved.connect((payload, sender) -> {});
    Class<?> sender = new ThrowawayLoader().define();
    for (int i = 0; i < 100; i++) {
      saved.fire(sender, new Saved());
    }
    WeakReference<Class<?>> last = new WeakReference<>(sender);
    sender = null;

    assertEquals(0, alive(List.of(last)));
  }

  /** How many of the classes survive garbage collection, given a few chances to run. */
  private static int alive(List<WeakReference<Class<?>>> classes) throws InterruptedException {
    int alive = classes.size();
    for (int attempt = 0; attempt < 20 && alive > 0; attempt++) {
      System.gc();
      Thread.sleep(20);
      alive = 0;
      for (WeakReference<Class<?>> reference : classes) {
        if (reference.get() != null) {
          alive++;
        }
      }
    }
    return alive;
  }
}
