package io.signals4j;

import static io.signals4j.Fixtures.noting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Comment;
import io.signals4j.Fixtures.Event;
import io.signals4j.Fixtures.Flag;
import io.signals4j.Fixtures.Moderated;
import io.signals4j.Fixtures.Order;
import io.signals4j.Fixtures.Reply;
import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a send from a sender reaches, {@link Signal#hasListeners}, and the per-sender cache. */
@SuppressWarnings("try") // a muting is opened for the silence, not to be referenced
class SenderMatchingTest {

  private final Signals signals = Signals.ready();
  private final Signal<Saved> saved = signals.signal(Saved.class);

  private List<String> sendAndLog(Class<?> sender) {
    Saved payload = new Saved();
    saved.send(sender, payload);
    return payload.log();
  }

  @Test
  void receiverForASenderDoesNotHearItsSubclasses() {
    saved.connect(noting("event"), Connect.sender(Event.class));

    assertEquals(List.of("event"), sendAndLog(Event.class));
    assertEquals(List.of(), sendAndLog(Comment.class));
  }

  @Test
  void includeSubclassesHearsTheSenderAndItsSubclasses() {
    saved.connect(noting("event+"), Connect.sender(Event.class).includeSubclasses());

    assertEquals(List.of("event+"), sendAndLog(Event.class));
    assertEquals(List.of("event+"), sendAndLog(Comment.class));
    assertEquals(List.of("event+"), sendAndLog(Reply.class));
    assertEquals(List.of(), sendAndLog(User.class));
    assertEquals(List.of(), sendAndLog(null));
  }

  @Test
  void includeSubclassesHearsImplementationsOfAnInterface() {
    saved.connect(noting("moderated+"), Connect.sender(Moderated.class).includeSubclasses());

    assertEquals(List.of("moderated+"), sendAndLog(Flag.class));
    assertEquals(List.of(), sendAndLog(Event.class));
  }

  @Test
  void includeSubclassesDoesNotHearSuperclasses() {
    saved.connect(noting("comment+"), Connect.sender(Comment.class).includeSubclasses());

    assertEquals(List.of(), sendAndLog(Event.class));
    assertEquals(List.of("comment+"), sendAndLog(Reply.class));
  }

  @Test
  void includeSubclassesWithoutSenderIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Connect.sender(null).includeSubclasses());
    assertThrows(IllegalArgumentException.class, () -> Connect.anySender().includeSubclasses());
  }

  @Test
  void subclassReceiversKeepTheDispatchOrder() {
    saved.connect(noting("any"));
    saved.connect(noting("event+"), Connect.sender(Event.class).includeSubclasses());
    saved.connect(noting("comment"), Connect.sender(Comment.class));
    saved.connect(noting("first"), Connect.sender(Event.class).includeSubclasses().order(-1));

    assertEquals(List.of("first", "any", "event+", "comment"), sendAndLog(Comment.class));
  }

  @Test
  void hasListenersIsFalseWithoutReceivers() {
    assertFalse(saved.hasListeners(User.class));
    assertFalse(saved.hasListeners(null));
  }

  @Test
  void hasListenersSeesReceiversOfExactlyThatSender() {
    saved.connect(noting("user"), Connect.sender(User.class));

    assertTrue(saved.hasListeners(User.class));
    assertFalse(saved.hasListeners(Order.class));
    assertFalse(saved.hasListeners(null), "a send without sender reaches only any-sender receivers");
  }

  @Test
  void hasListenersSeesAnySenderReceiversForEverySender() {
    saved.connect(noting("any"));

    assertTrue(saved.hasListeners(User.class));
    assertTrue(saved.hasListeners(null));
  }

  @Test
  void hasListenersSeesSubclassOptIn() {
    saved.connect(noting("event"), Connect.sender(Event.class));
    assertFalse(saved.hasListeners(Comment.class));

    saved.connect(noting("event+"), Connect.sender(Event.class).includeSubclasses());
    assertTrue(saved.hasListeners(Comment.class));
  }

  @Test
  void hasListenersIsFalseWhileMuted() {
    saved.connect(noting("any"));

    try (Muting quiet = saved.mute()) {
      assertFalse(saved.hasListeners(User.class));
      assertFalse(saved.hasListeners(null));
    }
    try (Muting quiet = saved.mute(User.class)) {
      assertFalse(saved.hasListeners(User.class));
      assertTrue(saved.hasListeners(Order.class));
    }
    assertTrue(saved.hasListeners(User.class));
  }

  @Test
  void hasListenersFollowsDisconnect() {
    SignalReceiver<Saved> user = noting("user");
    saved.connect(user, Connect.sender(User.class));
    assertTrue(saved.hasListeners(User.class));

    saved.disconnect(user, Connect.sender(User.class));

    assertFalse(saved.hasListeners(User.class));
  }

  @Test
  void resolutionIsCachedOncePerSenderClass() {
    CountingRegistry registry = new CountingRegistry(BillingSignals.REGISTRY);
    Signal<Saved> counted = Signals.ready(registry).signal(Saved.class);

    counted.send(User.class, new Saved());
    counted.send(User.class, new Saved());
    assertEquals(1, registry.routeCalls.get());
    assertEquals(1, registry.subclassReceiversCalls.get());

    counted.send(Order.class, new Saved());
    counted.send(User.class, new Saved());
    counted.hasListeners(Order.class);
    counted.fire(Order.class, new Saved());
    assertEquals(2, registry.routeCalls.get(), "User and Order, each once");
    assertEquals(2, registry.subclassReceiversCalls.get());
  }

  @Test
  void connectInvalidatesCachedResolution() {
    CountingRegistry registry = new CountingRegistry(BillingSignals.REGISTRY);
    Signal<Saved> counted = Signals.ready(registry).signal(Saved.class);
    counted.send(User.class, new Saved());
    assertEquals(1, registry.routeCalls.get());

    counted.connect(noting("late"), Connect.sender(User.class));
    Saved payload = new Saved();
    counted.send(User.class, payload);

    assertEquals(2, registry.routeCalls.get());
    assertEquals(List.of("Billing.urgent", "Billing.charge", "late"), payload.log());
  }

  @Test
  void disconnectInvalidatesCachedResolution() {
    SignalReceiver<Saved> user = noting("user");
    saved.connect(user, Connect.sender(User.class));
    assertEquals(List.of("user"), sendAndLog(User.class));

    saved.disconnect(user, Connect.sender(User.class));

    assertEquals(List.of(), sendAndLog(User.class));
  }

  @Test
  void alternatingSendersEachSeeTheirOwnReceivers() {
    saved.connect(noting("user"), Connect.sender(User.class));
    saved.connect(noting("order"), Connect.sender(Order.class));

    for (int i = 0; i < 3; i++) {
      assertEquals(List.of("user"), sendAndLog(User.class));
      assertEquals(List.of("order"), sendAndLog(Order.class));
      assertEquals(List.of(), sendAndLog(null));
    }
  }
}
