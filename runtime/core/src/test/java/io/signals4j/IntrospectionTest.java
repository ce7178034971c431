package io.signals4j;

import static io.signals4j.Fixtures.infoNames;
import static io.signals4j.Fixtures.noting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Comment;
import io.signals4j.Fixtures.Deleted;
import io.signals4j.Fixtures.Event;
import io.signals4j.Fixtures.Order;
import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.Tick;
import io.signals4j.Fixtures.User;
import io.signals4j.ShopReceivers.Mailer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link Signal#receivers()}, {@link Signals#describe()} and friends report. */
class IntrospectionTest {

  private final Signals signals =
      Signals.builder()
          .install(ShopSignals.REGISTRY, BillingSignals.REGISTRY)
          .supply(Mailer.class, new Mailer("m"))
          .ready();
  private final Signal<Saved> saved = signals.signal(Saved.class);

  /** A receiver written as a class rather than a lambda. */
  static final class Counter implements SignalReceiver<Saved> {
    @Override
    public void receive(Saved payload, Class<?> sender) {}
  }

  private static ReceiverInfo connected(
      String name, Class<?> sender, boolean subclasses, int order, String uid, boolean weak) {
    return new ReceiverInfo(
        name, Saved.class, sender, subclasses, order, uid, Phase.DURING_SEND, ReceiverInfo.CONNECTED,
        weak);
  }

  @Test
  void receiversListsDeclaredAndConnectedWithAllTheirPropertiesInDispatchOrder() {
    saved.connect(noting("c1"), Connect.sender(User.class).dispatchUid("c1-uid").named("c1"));
    saved.connect(noting("c2"), Connect.sender(Event.class).includeSubclasses().order(-30).named("c2"));
    saved.connectWeak(this, (owner, payload, sender) -> {}, Connect.anySender().order(10).named("c3"));

    assertEquals(
        List.of(
            connected("c2", Event.class, true, -30, null, false),
            ReceiverInfo.declared(
                "Billing.urgent(Saved)", Saved.class, null, false, -20, null, BillingSignals.NAME),
            ReceiverInfo.declared(
                "Audit.first(Saved)", Saved.class, null, false, -10, null, ShopSignals.NAME),
            ReceiverInfo.declared(
                "Audit.everything(Saved)", Saved.class, null, false, 0, null, ShopSignals.NAME),
            ReceiverInfo.declared(
                "Mailer.onUserSaved(Saved, Class)",
                Saved.class, User.class, false, 0, "mailer-user", ShopSignals.NAME),
            ReceiverInfo.declared(
                "Moderation.onEvent(Saved, Class)",
                Saved.class, Event.class, true, 0, null, ShopSignals.NAME),
            ReceiverInfo.declared(
                "Billing.charge(Saved)",
                Saved.class, null, false, 0, "billing-charge", BillingSignals.NAME),
            connected("c1", User.class, false, 0, "c1-uid", false),
            ReceiverInfo.declared(
                "Audit.last(Saved)", Saved.class, null, false, 10, null, ShopSignals.NAME),
            connected("c3", null, false, 10, null, true)),
        saved.receivers());
  }

  @Test
  void receiversOfASenderListsWhatASendFromItWouldCallInOrder() {
    saved.connect(noting("user"), Connect.sender(User.class).named("user"));
    saved.connect(noting("order"), Connect.sender(Order.class).named("order"));

    assertEquals(
        List.of(
            "Billing.urgent(Saved)",
            "Audit.first(Saved)",
            "Audit.everything(Saved)",
            "Mailer.onUserSaved(Saved, Class)",
            "Billing.charge(Saved)",
            "user",
            "Audit.last(Saved)"),
        infoNames(saved.receivers(User.class)));
    assertEquals(
        List.of(
            "Billing.urgent(Saved)",
            "Audit.first(Saved)",
            "Audit.everything(Saved)",
            "Moderation.onEvent(Saved, Class)",
            "Billing.charge(Saved)",
            "Audit.last(Saved)"),
        infoNames(saved.receivers(Comment.class)));
    assertEquals(
        List.of(
            "Billing.urgent(Saved)",
            "Audit.first(Saved)",
            "Audit.everything(Saved)",
            "Billing.charge(Saved)",
            "Audit.last(Saved)"),
        infoNames(saved.receivers(null)));
  }

  @Test
  void receiversListsMatchTheResponsesOfASend() {
    saved.connect(noting("user"), Connect.sender(User.class).named("user"));

    assertEquals(
        infoNames(saved.receivers(User.class)),
        Fixtures.names(saved.send(User.class, new Saved())));
  }

  @Test
  void namedConnectionIsListedByThatName() {
    saved.connect(noting("x"), Connect.anySender().named("x"));

    assertTrue(infoNames(saved.receivers()).contains("x"));
  }

  @Test
  void lambdaIsNamedAfterTheClassItIsWrittenIn() {
    Signal<Tick> tick = signals.signal(Tick.class);
    tick.connect((payload, sender) -> {});
    tick.connect(this::onTick);

    List<String> names = infoNames(tick.receivers());

    assertEquals(
        List.of("lambda in " + IntrospectionTest.class.getName(),
            "lambda in " + IntrospectionTest.class.getName()),
        names);
  }

  private void onTick(Tick tick, Class<?> sender) {}

  @Test
  void receiverClassIsNamedAfterItsClass() {
    Signal<Saved> plain = Signals.ready().signal(Saved.class);
    plain.connect(new Counter());

    assertEquals(List.of(Counter.class.getName()), infoNames(plain.receivers()));
  }

  @Test
  void receiverNameAppearsInItsFailure() {
    Signal<Tick> tick = signals.signal(Tick.class);
    tick.connect((payload, sender) -> {
      throw new IllegalStateException("boom");
    });

    ReceiverException thrown =
        assertThrows(ReceiverException.class, () -> tick.send(User.class, new Tick(1)));

    assertTrue(
        thrown.getMessage().contains("lambda in " + IntrospectionTest.class.getName()),
        thrown.getMessage());
  }

  @Test
  void describeMentionsEveryReceiverOfEverySignal() {
    saved.connect(noting("c1"), Connect.sender(User.class).named("c1"));
    signals.signal(Tick.class);

    String description = signals.describe();

    for (Class<?> type : List.of(Saved.class, Deleted.class)) {
      for (ReceiverInfo receiver : signals.signal(type).receivers()) {
        assertTrue(description.contains(receiver.toString()), receiver + " in\n" + description);
      }
    }
    assertTrue(description.contains("c1 on " + Saved.class.getName() + " from " + User.class.getName()),
        description);
    assertTrue(description.contains("Audit.deleted(Deleted)"), description);
    assertTrue(description.contains(Tick.class.getName() + ": no receivers"), description);
  }

  @Test
  void signalTypesListsRegistryTypesAndUsedTypesSortedByName() {
    assertEquals(List.of(Deleted.class, Saved.class), List.copyOf(signals.signalTypes()));

    signals.signal(Tick.class);

    assertEquals(List.of(Deleted.class, Saved.class, Tick.class), List.copyOf(signals.signalTypes()));
  }

  @Test
  void registriesAreListedInInstallOrder() {
    assertEquals(List.of(ShopSignals.REGISTRY, BillingSignals.REGISTRY), signals.registries());
  }

  @Test
  void receiverInfoSaysWhoItHears() {
    ReceiverInfo subclasses = connected("s", Event.class, true, 0, null, false);
    ReceiverInfo exact = connected("e", Event.class, false, 0, null, false);
    ReceiverInfo any = connected("a", null, false, 0, null, false);

    assertTrue(subclasses.hears(Comment.class));
    assertTrue(exact.hears(Event.class));
    assertTrue(!exact.hears(Comment.class));
    assertTrue(any.hears(null));
    assertTrue(!exact.hears(null));
  }
}
