package io.signals4j;

import static io.signals4j.Fixtures.names;
import static io.signals4j.Fixtures.noting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The handle {@code connect} returns, responders of every kind, and the sender {@code void.class},
 * which is a sender like any other, not "no sender".
 */
class ConnectionTest {

  private final Signals signals = Signals.ready(BillingSignals.REGISTRY);
  private final Signal<Saved> saved = signals.signal(Saved.class);

  /** A weak receiver's owner. */
  static final class Screen {
    String render(Saved payload, Class<?> sender) {
      return "rendered " + payload.id();
    }

    void refresh(Saved payload, Class<?> sender) {
      payload.note("refreshed");
    }
  }

  @Test
  void connectionDisconnectsExactlyThatConnection() {
    Connection forUser = saved.connect(noting("user"), Connect.sender(User.class));
    Connection forAny = saved.connect(noting("any"));

    assertTrue(forUser.disconnect());
    assertFalse(forUser.disconnect(), "a second disconnect does nothing");
    assertFalse(forUser.isConnected());
    assertTrue(forAny.isConnected());

    Saved payload = new Saved();
    saved.send(User.class, payload);
    assertTrue(payload.log().contains("any"));
    assertFalse(payload.log().contains("user"));
  }

  @Test
  void closingAConnectionDisconnectsIt() {
    Saved payload = new Saved();
    try (Connection spy = saved.connect(noting("spy"))) {
      assertTrue(spy.isNew());
      saved.send(User.class, payload);
    }
    saved.send(User.class, payload);
    assertEquals(1, payload.log().stream().filter("spy"::equals).count());
  }

  @Test
  void connectingTwiceReturnsTheExistingConnection() {
    SignalReceiver<Saved> receiver = noting("twice");
    Connection first = saved.connect(receiver);
    Connection second = saved.connect(receiver);

    assertTrue(first.isNew());
    assertFalse(second.isNew());
    assertSame(first.receiver(), second.receiver());
    assertTrue(second.disconnect());
    assertFalse(first.isConnected());
  }

  @Test
  void connectionOfADeclaredReceiverDisconnectsIt() {
    Connection duplicate = saved.connect(noting("dup"), Connect.anySender().dispatchUid("billing-charge"));

    assertFalse(duplicate.isNew());
    assertEquals("Billing.charge(Saved)", duplicate.receiver().name());
    assertTrue(duplicate.disconnect());
    Saved payload = new Saved();
    saved.send(User.class, payload);
    assertEquals(List.of("Billing.urgent"), payload.log());
  }

  @Test
  void everyKindOfReceiverCanRespond() {
    Screen screen = new Screen();
    saved.connectResponder((payload, sender) -> "strong " + payload.id(), Connect.anySender().named("strong"));
    saved.connectWeakResponder(screen, Screen::render, Connect.anySender().named("weak"));
    saved.connectWeak(screen, Screen::refresh, Connect.anySender().named("weak void"));

    List<Response> responses = saved.send(User.class, new Saved("7"));

    assertEquals(
        List.of("Billing.urgent(Saved)", "Billing.charge(Saved)", "strong", "weak", "weak void"),
        names(responses));
    assertEquals("strong 7", responses.get(2).value());
    assertEquals("rendered 7", responses.get(3).value());
    assertEquals(null, responses.get(4).value());
  }

  @Test
  void aResponderHandedToConnectStillResponds() {
    SignalResponder<Saved> responder = (payload, sender) -> "answer";
    saved.connect(responder, Connect.anySender().named("responder"));

    List<Response> responses = saved.send(User.class, new Saved());

    assertEquals("answer", responses.get(2).value());
  }

  @Test
  void disconnectTakesWhatConnectTook() {
    SignalResponder<Saved> responder = (payload, sender) -> "answer";
    Screen screen = new Screen();
    WeakReceiver<Screen, Saved> refresh = Screen::refresh;
    saved.connectResponder(responder, Connect.sender(User.class));
    saved.connectWeak(screen, refresh, Connect.sender(User.class));

    assertFalse(saved.disconnect(responder), "connected for a sender, not for any sender");
    assertTrue(saved.disconnect(responder, Connect.sender(User.class)));
    assertTrue(saved.disconnectWeak(screen, refresh, Connect.sender(User.class)));
    assertEquals(2, saved.receivers().size(), "only the declared receivers are left");
  }

  @Test
  void voidClassIsASenderNotTheAbsenceOfOne() {
    saved.connect(noting("void sender"), Connect.sender(void.class));
    Saved withoutSender = new Saved();
    Saved fromVoid = new Saved();

    saved.send(null, withoutSender);
    saved.send(void.class, fromVoid);

    assertFalse(withoutSender.log().contains("void sender"));
    assertTrue(fromVoid.log().contains("void sender"));
    assertFalse(saved.receivers(null).stream().anyMatch(r -> r.sender() == void.class));
    assertTrue(saved.receivers(void.class).stream().anyMatch(r -> r.sender() == void.class));
  }

  @Test
  void sendWithoutSenderIsNotTakenForAVoidSenderEither() {
    saved.send(void.class, new Saved());
    saved.connect(noting("no sender only"), Connect.anySender());
    Saved fromVoid = new Saved();
    saved.send(void.class, fromVoid);
    assertTrue(fromVoid.log().contains("no sender only"));
    assertTrue(saved.hasListeners(null));
  }
}
