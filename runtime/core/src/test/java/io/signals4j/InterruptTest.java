package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A receiver interrupted while it blocks fails with its {@link InterruptedException}; catching it
 * clears the thread's interrupt status, so every send sets it again for the code that called it.
 */
class InterruptTest {

  private final Signal<Saved> saved = Signals.ready().signal(Saved.class);

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  private void connectSleeper() {
    saved.connect((payload, sender) -> {
      Thread.sleep(10_000);
    }, Connect.anySender().named("sleeper"));
  }

  @Test
  void sendKeepsTheInterruptStatus() {
    connectSleeper();
    Thread.currentThread().interrupt();

    ReceiverException thrown =
        assertThrows(ReceiverException.class, () -> saved.send(User.class, new Saved()));

    assertInstanceOf(InterruptedException.class, thrown.getCause());
    assertTrue(Thread.currentThread().isInterrupted());
  }

  @Test
  void fireKeepsTheInterruptStatus() {
    connectSleeper();
    Thread.currentThread().interrupt();

    assertThrows(ReceiverException.class, () -> saved.fire(User.class, new Saved()));

    assertTrue(Thread.currentThread().isInterrupted());
  }

  @Test
  void robustSendReportsTheInterruptKeepsTheStatusAndCallsTheRest() {
    connectSleeper();
    AtomicBoolean laterSawInterrupt = new AtomicBoolean();
    saved.connect((payload, sender) -> {
      laterSawInterrupt.set(Thread.currentThread().isInterrupted());
    }, Connect.anySender().named("later"));
    Thread.currentThread().interrupt();

    List<Response> responses = saved.sendRobust(User.class, new Saved());

    assertEquals(2, responses.size());
    assertInstanceOf(InterruptedException.class, responses.get(0).error());
    assertTrue(laterSawInterrupt.get(), "the later receiver runs, with the status set");
    assertTrue(Thread.currentThread().isInterrupted());
  }
}
