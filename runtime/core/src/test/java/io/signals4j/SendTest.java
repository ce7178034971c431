package io.signals4j;

import static io.signals4j.Fixtures.names;
import static io.signals4j.Fixtures.noting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.Tick;
import io.signals4j.Fixtures.UnrecoverableError;
import io.signals4j.Fixtures.User;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Signal#send} and {@link Signal#fire}: who runs, in which order, and what fails how. */
class SendTest {

  private final Signals signals = Signals.ready();
  private final Signal<Saved> saved = signals.signal(Saved.class);

  @Test
  void signalOfATypeIsTheSameHandleEveryTime() {
    assertSame(saved, signals.signal(Saved.class));
    assertSame(Saved.class, saved.type());
    assertNotSame(saved, Signals.ready().signal(Saved.class), "each Signals has its own signals");
  }

  @Test
  void customSignalDeliversItsTypedPayload() {
    Signal<Tick> tick = signals.signal(Tick.class);
    int[] seen = new int[1];
    tick.connect((payload, sender) -> seen[0] = payload.n());

    tick.send(User.class, new Tick(42));

    assertEquals(42, seen[0]);
  }

  @Test
  void receiversRunInConnectOrder() {
    saved.connect(noting("a"));
    saved.connect(noting("b"));
    saved.connect(noting("c"));
    Saved payload = new Saved();

    saved.send(User.class, payload);

    assertEquals(List.of("a", "b", "c"), payload.log());
  }

  @Test
  void lowerOrderRunsFirstWhateverTheConnectOrder() {
    saved.connect(noting("late"), Connect.anySender().order(5));
    saved.connect(noting("plain"));
    saved.connect(noting("early"), Connect.anySender().order(-5));
    Saved payload = new Saved();

    saved.send(User.class, payload);

    assertEquals(List.of("early", "plain", "late"), payload.log());
  }

  @Test
  void sendReturnsOneResponsePerReceiverWithItsNameAndValue() {
    saved.connectResponder((payload, sender) -> "first:" + payload.id(), Connect.anySender().named("one"));
    saved.connectResponder((payload, sender) -> 2, Connect.anySender().named("two"));

    List<Response> responses = saved.send(User.class, new Saved("s1"));

    assertEquals(List.of("one", "two"), names(responses));
    assertEquals("first:s1", responses.get(0).value());
    assertEquals(2, responses.get(1).value());
    assertTrue(responses.stream().noneMatch(Response::failed));
  }

  @Test
  void voidReceiverRespondsNull() {
    saved.connect(noting("a"));

    List<Response> responses = saved.send(User.class, new Saved());

    assertEquals(1, responses.size());
    assertNull(responses.get(0).value());
    assertNull(responses.get(0).error());
  }

  @Test
  void sendWithoutReceiversReturnsNoResponses() {
    assertEquals(List.of(), saved.send(User.class, new Saved()));
  }

  @Test
  void responsesCannotBeModified() {
    saved.connect(noting("a"));

    List<Response> responses = saved.send(User.class, new Saved());

    assertThrows(UnsupportedOperationException.class, responses::clear);
  }

  @Test
  void firstFailureStopsTheSendAndNamesSignalSenderAndReceiver() {
    IllegalStateException boom = new IllegalStateException("boom");
    saved.connect(noting("before"));
    saved.connect((payload, sender) -> {
      throw boom;
    }, Connect.anySender().named("exploder"));
    saved.connect(noting("after"));
    Saved payload = new Saved();

    ReceiverException thrown =
        assertThrows(ReceiverException.class, () -> saved.send(User.class, payload));

    assertSame(boom, thrown.getCause());
    assertTrue(thrown.getMessage().contains("exploder"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains(Saved.class.getName()), thrown.getMessage());
    assertTrue(thrown.getMessage().contains(User.class.getName()), thrown.getMessage());
    assertEquals("exploder", thrown.receiver().name());
    assertSame(Saved.class, thrown.signal());
    assertSame(User.class, thrown.sender());
    assertEquals(List.of("before"), payload.log(), "earlier effects stay, later receivers don't run");
  }

  @Test
  void failureOfASendWithoutSenderSaysSo() {
    saved.connect((payload, sender) -> {
      throw new IllegalStateException("boom");
    });

    ReceiverException thrown = assertThrows(ReceiverException.class, () -> saved.send(null, new Saved()));

    assertNull(thrown.sender());
    assertTrue(thrown.getMessage().contains("without sender"), thrown.getMessage());
  }

  @Test
  void checkedExceptionIsWrappedToo() {
    IOException disk = new IOException("disk full");
    saved.connect((payload, sender) -> {
      throw disk;
    });

    ReceiverException thrown = assertThrows(ReceiverException.class, () -> saved.send(User.class, new Saved()));

    assertSame(disk, thrown.getCause());
  }

  @Test
  void errorPropagatesUnwrappedFromSend() {
    UnrecoverableError error = new UnrecoverableError("jvm on fire");
    saved.connect((payload, sender) -> {
      throw error;
    });
    saved.connect(noting("after"));
    Saved payload = new Saved();

    UnrecoverableError thrown = assertThrows(UnrecoverableError.class, () -> saved.send(User.class, payload));

    assertSame(error, thrown);
    assertEquals(List.of(), payload.log());
  }

  @Test
  void fireCallsEveryReceiverInOrder() {
    saved.connect(noting("b"), Connect.anySender().order(1));
    saved.connect(noting("a"));
    Saved payload = new Saved();

    saved.fire(User.class, payload);

    assertEquals(List.of("a", "b"), payload.log());
  }

  @Test
  void fireStopsAtTheFirstFailureAndWrapsIt() {
    IOException disk = new IOException("disk full");
    saved.connect(noting("before"));
    saved.connect((payload, sender) -> {
      throw disk;
    }, Connect.anySender().named("writer"));
    saved.connect(noting("after"));
    Saved payload = new Saved();

    ReceiverException thrown = assertThrows(ReceiverException.class, () -> saved.fire(User.class, payload));

    assertSame(disk, thrown.getCause());
    assertEquals("writer", thrown.receiver().name());
    assertEquals(List.of("before"), payload.log());
  }

  @Test
  void errorPropagatesUnwrappedFromFire() {
    UnrecoverableError error = new UnrecoverableError("jvm on fire");
    saved.connect((payload, sender) -> {
      throw error;
    });

    assertSame(error, assertThrows(UnrecoverableError.class, () -> saved.fire(User.class, new Saved())));
  }

  @Test
  void nullPayloadIsRejected() {
    saved.connect(noting("a"));

    assertThrows(NullPointerException.class, () -> saved.send(User.class, null));
    assertThrows(NullPointerException.class, () -> saved.fire(User.class, null));
    assertThrows(NullPointerException.class, () -> saved.sendRobust(User.class, null));
  }

  @Test
  void nullPayloadIsRejectedEvenWithoutReceivers() {
    assertThrows(NullPointerException.class, () -> saved.send(User.class, null));
  }

  @Test
  void sendWithoutSenderReachesOnlyAnySenderReceivers() {
    saved.connect(noting("any"));
    saved.connect(noting("user"), Connect.sender(User.class));
    Saved payload = new Saved();

    saved.send(null, payload);

    assertEquals(List.of("any"), payload.log());
  }

  @Test
  void sendFromASenderReachesAnySenderAndThatSendersReceivers() {
    saved.connect(noting("any"));
    saved.connect(noting("user"), Connect.sender(User.class));
    saved.connect(noting("order"), Connect.sender(Fixtures.Order.class));
    Saved payload = new Saved();

    saved.send(User.class, payload);

    assertEquals(List.of("any", "user"), payload.log());
  }

  @Test
  void senderIsPassedToReceivers() {
    Class<?>[] seen = new Class<?>[1];
    saved.connect((payload, sender) -> seen[0] = sender);

    saved.send(User.class, new Saved());

    assertSame(User.class, seen[0]);
  }

  @Test
  void receiverMaySendTheSameSignalAgain() {
    saved.connect((payload, sender) -> {
      payload.note("outer " + (sender == null ? "none" : sender.getSimpleName()));
      if (sender != null) {
        saved.send(null, payload);
      }
    });
    Saved payload = new Saved();

    saved.send(User.class, payload);

    assertEquals(List.of("outer User", "outer none"), payload.log());
  }

  @Test
  void signalsShortcutsSendThroughTheSignal() {
    saved.connectResponder((payload, sender) -> "ok");

    assertEquals("ok", signals.signal(Saved.class).send(User.class, new Saved()).get(0).value());
    assertEquals("ok", signals.signal(Saved.class).sendRobust(User.class, new Saved()).get(0).value());
    Saved fired = new Saved();
    saved.connect(noting("fired"));
    signals.signal(Saved.class).fire(User.class, fired);
    assertEquals(List.of("fired"), fired.log());
    assertTrue(signals.hasListeners(Saved.class, User.class));
  }
}
