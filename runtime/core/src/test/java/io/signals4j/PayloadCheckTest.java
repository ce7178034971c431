package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A payload of the wrong type, possible only through a raw or unchecked {@code Signal}, is the
 * caller's mistake: an argument error naming the signal and the payload's class, before any
 * receiver runs, never a receiver's {@link ClassCastException}.
 */
class PayloadCheckTest {

  private final Signals signals = Signals.ready(BillingSignals.REGISTRY);
  private final AtomicInteger calls = new AtomicInteger();

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Signal raw() {
    Signal<Saved> saved = signals.signal(Saved.class);
    saved.connect((payload, sender) -> {
      calls.incrementAndGet();
    });
    return saved;
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyKindOfSendRefusesAPayloadOfAnotherType() {
    Signal<Object> saved = raw();
    assertRefused(() -> saved.send(User.class, "not a Saved"));
    assertRefused(() -> saved.fire(User.class, "not a Saved"));
    assertRefused(() -> saved.sendRobust(User.class, "not a Saved"));
    assertRefused(() -> saved.sendAsync(User.class, "not a Saved"));
    assertRefused(() -> saved.sendRobustAsync(User.class, "not a Saved"));
    assertEquals(0, calls.get(), "no receiver ran");
  }

  @Test
  void nullPayloadIsRefusedWithItsName() {
    Signal<Saved> saved = signals.signal(Saved.class);
    NullPointerException thrown =
        assertThrows(NullPointerException.class, () -> saved.send(User.class, null));
    assertTrue(thrown.getMessage().contains("payload"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains(Saved.class.getName()), thrown.getMessage());
  }

  private static void assertRefused(Executable send) {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, send);
    assertTrue(thrown.getMessage().contains(Saved.class.getName()), thrown.getMessage());
    assertTrue(thrown.getMessage().contains(String.class.getName()), thrown.getMessage());
  }
}
