package io.signals4j;

import static io.signals4j.Fixtures.infoNames;
import static io.signals4j.Fixtures.noting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Order;
import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Connecting and disconnecting at run time, with Django's lookup keys and snapshot semantics. */
class ConnectTest {

  private final Signal<Saved> saved = Signals.ready().signal(Saved.class);

  private List<String> sendAndLog(Class<?> sender) {
    Saved payload = new Saved();
    saved.send(sender, payload);
    return payload.log();
  }

  @Test
  void connectingTheSameReceiverAgainForTheSameSenderIsANoOp() {
    SignalReceiver<Saved> a = noting("a");

    assertTrue(saved.connect(a).isNew());
    assertFalse(saved.connect(a).isNew());
    assertTrue(saved.connect(a, Connect.sender(User.class)).isNew(), "another sender is another entry");
    assertFalse(saved.connect(a, Connect.sender(User.class)).isNew());

    assertEquals(List.of("a"), sendAndLog(null));
  }

  @Test
  void duplicateConnectKeepsFirstPosition() {
    SignalReceiver<Saved> a = noting("a");
    saved.connect(a);
    saved.connect(noting("b"));

    saved.connect(a);

    assertEquals(List.of("a", "b"), sendAndLog(User.class));
  }

  @Test
  void duplicateConnectKeepsFirstOptions() {
    SignalReceiver<Saved> a = noting("a");
    saved.connect(a, Connect.anySender().order(5).named("first"));
    saved.connect(noting("b"), Connect.anySender().named("b"));

    assertFalse(saved.connect(a, Connect.anySender().order(-5).named("second")).isNew());

    assertEquals(List.of("b", "a"), sendAndLog(User.class));
    assertEquals(List.of("b", "first"), infoNames(saved.receivers()));
  }

  @Test
  void sameDispatchUidForTheSameSenderIsANoOpEvenForAnotherReceiver() {
    assertTrue(saved.connect(noting("a"), Connect.sender(User.class).dispatchUid("u")).isNew());
    saved.connect(noting("b"), Connect.sender(User.class));

    assertFalse(saved.connect(noting("c"), Connect.sender(User.class).dispatchUid("u")).isNew());

    assertEquals(List.of("a", "b"), sendAndLog(User.class));
  }

  @Test
  void sameDispatchUidWithAnotherSenderIsASeparateEntry() {
    assertTrue(saved.connect(noting("user"), Connect.sender(User.class).dispatchUid("u")).isNew());
    assertTrue(saved.connect(noting("order"), Connect.sender(Order.class).dispatchUid("u")).isNew());
    assertTrue(saved.connect(noting("any"), Connect.anySender().dispatchUid("u")).isNew());

    assertEquals(List.of("user", "any"), sendAndLog(User.class));
    assertEquals(List.of("order", "any"), sendAndLog(Order.class));
  }

  @Test
  void sameReceiverWithAndWithoutUidAreSeparateEntries() {
    SignalReceiver<Saved> a = noting("a");

    assertTrue(saved.connect(a).isNew());
    assertTrue(saved.connect(a, Connect.anySender().dispatchUid("u")).isNew());

    assertEquals(List.of("a", "a"), sendAndLog(null));
  }

  @Test
  void emptyDispatchUidMeansNoUid() {
    assertNull(Connect.anySender().dispatchUid("").dispatchUid());

    assertTrue(saved.connect(noting("a"), Connect.anySender().dispatchUid("")).isNew());
    assertTrue(saved.connect(noting("b"), Connect.anySender().dispatchUid("")).isNew());

    assertEquals(List.of("a", "b"), sendAndLog(null));
    assertThrows(
        IllegalArgumentException.class,
        () -> saved.disconnect(Connect.anySender().dispatchUid("")));
  }

  @Test
  void receiverConnectedForAnySenderAndForASenderIsCalledTwiceForThatSender() {
    SignalReceiver<Saved> a = noting("a");
    saved.connect(a);
    saved.connect(a, Connect.sender(User.class));

    assertEquals(List.of("a", "a"), sendAndLog(User.class));
    assertEquals(List.of("a"), sendAndLog(Order.class));
  }

  @Test
  void receiverConnectedDuringASendIsNotCalledByThatSend() {
    SignalReceiver<Saved> late = noting("late");
    saved.connect((payload, sender) -> {
      payload.note("connector");
      saved.connect(late);
    });

    assertEquals(List.of("connector"), sendAndLog(User.class));
    assertEquals(List.of("connector", "late"), sendAndLog(User.class));
  }

  @Test
  void receiverDisconnectedDuringASendIsStillCalledByThatSend() {
    SignalReceiver<Saved> victim = noting("victim");
    saved.connect((payload, sender) -> {
      payload.note("disconnector");
      saved.disconnect(victim);
    });
    saved.connect(victim);

    assertEquals(List.of("disconnector", "victim"), sendAndLog(User.class));
    assertEquals(List.of("disconnector"), sendAndLog(User.class));
  }

  @Test
  void receiverThatDisconnectsItselfDuringASendRunsOnce() {
    SignalReceiver<Saved> once = new SignalReceiver<>() {
      @Override
      public void receive(Saved payload, Class<?> sender) {
        payload.note("once");
        saved.disconnect(this);
      }
    };
    saved.connect(once);

    assertEquals(List.of("once"), sendAndLog(User.class));
    assertEquals(List.of(), sendAndLog(User.class));
  }

  @Test
  void disconnectAndReconnectMovesTheReceiverToTheEnd() {
    SignalReceiver<Saved> a = noting("a");
    saved.connect(a);
    saved.connect(noting("b"));

    assertTrue(saved.disconnect(a));
    assertTrue(saved.connect(a).isNew());

    assertEquals(List.of("b", "a"), sendAndLog(User.class));
  }

  @Test
  void disconnectByReceiverReportsWhetherSomethingWasRemoved() {
    SignalReceiver<Saved> a = noting("a");
    saved.connect(a);

    assertTrue(saved.disconnect(a));
    assertFalse(saved.disconnect(a));
    assertFalse(saved.disconnect(noting("never connected")));

    assertEquals(List.of(), sendAndLog(User.class));
  }

  @Test
  void disconnectNeedsTheSenderTheReceiverWasConnectedWith() {
    SignalReceiver<Saved> a = noting("a");
    saved.connect(a, Connect.sender(User.class));

    assertFalse(saved.disconnect(a), "without the sender nothing matches");
    assertFalse(saved.disconnect(a, Connect.sender(Order.class)));
    assertEquals(List.of("a"), sendAndLog(User.class));

    assertTrue(saved.disconnect(a, Connect.sender(User.class)));
    assertEquals(List.of(), sendAndLog(User.class));
  }

  @Test
  void disconnectRemovesOnlyTheEntryOfThatSender() {
    SignalReceiver<Saved> a = noting("a");
    saved.connect(a);
    saved.connect(a, Connect.sender(User.class));

    assertTrue(saved.disconnect(a, Connect.sender(User.class)));

    assertEquals(List.of("a"), sendAndLog(User.class));
  }

  @Test
  void receiverConnectedWithUidIsNotDisconnectedByReceiverAlone() {
    SignalReceiver<Saved> a = noting("a");
    saved.connect(a, Connect.anySender().dispatchUid("u"));

    assertFalse(saved.disconnect(a));

    assertTrue(saved.disconnect(a, Connect.anySender().dispatchUid("u")));
    assertEquals(List.of(), sendAndLog(User.class));
  }

  @Test
  void disconnectByUidRemovesTheReceiverOfThatSender() {
    saved.connect(noting("user"), Connect.sender(User.class).dispatchUid("u"));
    saved.connect(noting("order"), Connect.sender(Order.class).dispatchUid("u"));

    assertFalse(saved.disconnect(Connect.anySender().dispatchUid("u")));
    assertTrue(saved.disconnect(Connect.sender(User.class).dispatchUid("u")));
    assertFalse(saved.disconnect(Connect.sender(User.class).dispatchUid("u")));

    assertEquals(List.of(), sendAndLog(User.class));
    assertEquals(List.of("order"), sendAndLog(Order.class));
  }

  @Test
  void disconnectByConnectWithoutUidIsRejected() {
    saved.connect(noting("a"), Connect.sender(User.class));

    IllegalArgumentException thrown = assertThrows(
        IllegalArgumentException.class, () -> saved.disconnect(Connect.sender(User.class)));
    assertTrue(thrown.getMessage().contains("dispatch uid"), thrown.getMessage());
    assertEquals(List.of("a"), sendAndLog(User.class));
  }

  @Test
  void disconnectByReceiverInfoRemovesThatEntry() {
    SignalReceiver<Saved> a = noting("a");
    saved.connect(a);
    saved.connect(a, Connect.sender(User.class).named("a for users"));
    ReceiverInfo forUsers = saved.receivers().get(1);
    assertEquals("a for users", forUsers.name());

    assertTrue(saved.disconnect(forUsers));
    assertFalse(saved.disconnect(forUsers));

    assertEquals(List.of("a"), sendAndLog(User.class));
  }

  @Test
  void responderIsConnectedAndDisconnectedLikeAReceiver() {
    SignalResponder<Saved> answer = (payload, sender) -> "answer";

    assertTrue(saved.connectResponder(answer, Connect.sender(User.class)).isNew());
    assertFalse(saved.connectResponder(answer, Connect.sender(User.class)).isNew());
    assertEquals("answer", saved.send(User.class, new Saved()).get(0).value());

    assertTrue(saved.disconnect(answer, Connect.sender(User.class)));
    assertEquals(List.of(), saved.send(User.class, new Saved()));
  }

  @Test
  void nullReceiverOrOptionsAreRejected() {
    assertThrows(NullPointerException.class, () -> saved.connect(null));
    assertThrows(NullPointerException.class, () -> saved.connect(noting("a"), null));
  }
}
