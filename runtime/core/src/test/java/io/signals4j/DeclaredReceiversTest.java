package io.signals4j;

import static io.signals4j.Fixtures.infoNames;
import static io.signals4j.Fixtures.names;
import static io.signals4j.Fixtures.noting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Comment;
import io.signals4j.Fixtures.Deleted;
import io.signals4j.Fixtures.Event;
import io.signals4j.Fixtures.Order;
import io.signals4j.Fixtures.Reply;
import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import io.signals4j.ShopReceivers.Mailer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seam: receivers declared in installed registries ({@link ShopSignals}, {@link
 * BillingSignals}, written the way the processor writes them), mixed with connected ones.
 */
class DeclaredReceiversTest {

  private static Signals shopAndBilling() {
    return Signals.builder()
        .install(ShopSignals.REGISTRY, BillingSignals.REGISTRY)
        .supply(Mailer.class, new Mailer("m"))
        .ready();
  }

  private static List<String> sendAndLog(Signal<Saved> signal, Class<?> sender) {
    Saved payload = new Saved();
    signal.send(sender, payload);
    return payload.log();
  }

  @Test
  void readyInstallsARegistryThatNeedsNoSuppliedInstance() {
    Signals signals = Signals.ready(BillingSignals.REGISTRY);

    assertEquals(
        List.of("Billing.urgent", "Billing.charge"),
        sendAndLog(signals.signal(Saved.class), User.class));
  }

  @Test
  void declaredReceiversRunInOrderAndAnswerWithTheirReturnValue() {
    Signal<Saved> saved = shopAndBilling().signal(Saved.class);
    Saved payload = new Saved();

    List<Response> responses = saved.send(User.class, payload);

    assertEquals(
        List.of(
            "Billing.urgent",
            "Audit.first",
            "Audit.everything",
            "Mailer.onUserSaved by m from User",
            "Billing.charge",
            "Audit.last"),
        payload.log());
    assertEquals("Mailer.onUserSaved(Saved, Class)", responses.get(3).receiver().name());
    assertEquals("mailed by m", responses.get(3).value());
    assertNull(responses.get(0).value());
  }

  @Test
  void declaredReceiverOfAnotherSignalAnswers() {
    List<Response> responses = shopAndBilling().signal(Deleted.class).send(Order.class, new Deleted(7));

    assertEquals(List.of("Audit.deleted(Deleted)"), names(responses));
    assertEquals("deleted 7", responses.get(0).value());
  }

  @Test
  void declaredReceiverForAnotherSenderDoesNotRun() {
    Signal<Saved> saved = shopAndBilling().signal(Saved.class);

    List<String> log = sendAndLog(saved, Order.class);

    assertFalse(log.stream().anyMatch(line -> line.startsWith("Mailer")), log.toString());
    assertFalse(log.stream().anyMatch(line -> line.startsWith("Moderation")), log.toString());
  }

  @Test
  void declaredSubclassReceiverHearsSubclassSenders() {
    Signal<Saved> saved = shopAndBilling().signal(Saved.class);

    assertTrue(sendAndLog(saved, Event.class).contains("Moderation.onEvent from Event"));
    assertTrue(sendAndLog(saved, Comment.class).contains("Moderation.onEvent from Comment"));
    assertTrue(sendAndLog(saved, Reply.class).contains("Moderation.onEvent from Reply"));
    assertFalse(sendAndLog(saved, null).stream().anyMatch(line -> line.startsWith("Moderation")));
  }

  @Test
  void declaredAndConnectedReceiversMixInTheDocumentedOrder() {
    Signal<Saved> saved = shopAndBilling().signal(Saved.class);
    saved.connect(noting("c1"));
    saved.connect(noting("c2"), Connect.anySender().order(-30));
    saved.connect(noting("c3"), Connect.anySender().order(10));
    saved.connect(noting("c4"), Connect.sender(User.class));

    assertEquals(
        List.of(
            "c2", // order -30 beats every declared receiver
            "Billing.urgent", // order -20: order beats install order
            "Audit.first", // order -10
            "Audit.everything", // order 0: first registry, in id order
            "Mailer.onUserSaved by m from User",
            "Billing.charge", // order 0: second registry
            "c1", // order 0: connected after declared, in connect order
            "c4",
            "Audit.last", // order 10: declared before connected
            "c3"),
        sendAndLog(saved, User.class));
  }

  @Test
  void registriesRunInInstallOrderAtEqualOrder() {
    Signal<Saved> saved =
        Signals.builder()
            .install(BillingSignals.REGISTRY)
            .install(ShopSignals.REGISTRY)
            .supply(Mailer.class, new Mailer("m"))
            .ready()
            .signal(Saved.class);

    assertEquals(
        List.of("Billing.urgent", "Audit.first", "Billing.charge", "Audit.everything", "Audit.last"),
        sendAndLog(saved, null));
  }

  @Test
  void installingTheSameRegistryTwiceInstallsItOnce() {
    Signals signals = Signals.ready(BillingSignals.REGISTRY, BillingSignals.REGISTRY);
    Signals viaBuilder =
        Signals.builder().install(BillingSignals.REGISTRY).install(BillingSignals.REGISTRY).ready();

    assertEquals(List.of(BillingSignals.REGISTRY), signals.registries());
    assertEquals(List.of("Billing.urgent", "Billing.charge"), sendAndLog(signals.signal(Saved.class), null));
    assertEquals(
        List.of("Billing.urgent", "Billing.charge"), sendAndLog(viaBuilder.signal(Saved.class), null));
  }

  @Test
  void reinstallingKeepsTheFirstInstallPosition() {
    Signals signals =
        Signals.builder()
            .install(BillingSignals.REGISTRY, ShopSignals.REGISTRY, BillingSignals.REGISTRY)
            .supply(Mailer.class, new Mailer("m"))
            .ready();

    assertEquals(List.of(BillingSignals.REGISTRY, ShopSignals.REGISTRY), signals.registries());
  }

  @Test
  void missingSuppliedInstanceFailsReadyNamingRegistryClassAndReceiver() {
    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> Signals.ready(ShopSignals.REGISTRY));

    String message = thrown.getMessage();
    assertTrue(message.contains(ShopSignals.NAME), message);
    assertTrue(message.contains(Mailer.class.getName()), message);
    assertTrue(message.contains("Mailer.onUserSaved(Saved, Class)"), message);
  }

  @Test
  void providerOfTheWrongTypeFailsReady() {
    IllegalStateException thrown = assertThrows(
        IllegalStateException.class,
        () -> Signals.builder()
            .install(ShopSignals.REGISTRY)
            .supplyFrom(type -> "not a mailer")
            .ready());

    assertTrue(thrown.getMessage().contains(String.class.getName()), thrown.getMessage());
  }

  @Test
  void suppliedInstanceIsTheOneCalled() {
    Signals signals =
        Signals.builder().install(ShopSignals.REGISTRY).supply(Mailer.class, new Mailer("given")).ready();

    assertEquals(
        "mailed by given", signals.signal(Saved.class).send(User.class, new Saved()).get(2).value());
  }

  @Test
  void supplyFromAsksProvidersInOrderAfterSupply() {
    List<Class<?>> asked = new ArrayList<>();
    Signals fromProvider =
        Signals.builder()
            .install(ShopSignals.REGISTRY)
            .supplyFrom(type -> {
              asked.add(type);
              return null;
            })
            .supplyFrom(type -> type == Mailer.class ? new Mailer("provided") : null)
            .supplyFrom(type -> new Mailer("never asked"))
            .ready();
    Signals supplied =
        Signals.builder()
            .install(ShopSignals.REGISTRY)
            .supplyFrom(type -> new Mailer("provided"))
            .supply(Mailer.class, new Mailer("supplied"))
            .ready();

    assertEquals(List.of(Mailer.class), asked);
    assertTrue(sendAndLog(fromProvider.signal(Saved.class), User.class)
        .contains("Mailer.onUserSaved by provided from User"));
    assertTrue(sendAndLog(supplied.signal(Saved.class), User.class)
        .contains("Mailer.onUserSaved by supplied from User"));
  }

  @Test
  void eachInstallationGetsItsOwnInstances() {
    Signals first =
        Signals.builder().install(ShopSignals.REGISTRY).supply(Mailer.class, new Mailer("one")).ready();
    Signals second =
        Signals.builder().install(ShopSignals.REGISTRY).supply(Mailer.class, new Mailer("two")).ready();

    assertTrue(sendAndLog(first.signal(Saved.class), User.class).contains("Mailer.onUserSaved by one from User"));
    assertTrue(sendAndLog(second.signal(Saved.class), User.class).contains("Mailer.onUserSaved by two from User"));
  }

  @Test
  void connectingWithTheUidAndSenderOfADeclaredReceiverIsANoOp() {
    Signal<Saved> saved = shopAndBilling().signal(Saved.class);

    assertFalse(saved.connect(noting("impostor"), Connect.sender(User.class).dispatchUid("mailer-user")).isNew());
    assertFalse(saved.connect(noting("impostor"), Connect.anySender().dispatchUid("billing-charge")).isNew());
    assertFalse(sendAndLog(saved, User.class).contains("impostor"));

    assertTrue(saved.connect(noting("other sender"), Connect.anySender().dispatchUid("mailer-user")).isNew());
    assertTrue(sendAndLog(saved, null).contains("other sender"));
  }

  @Test
  void disconnectByUidAndSenderRemovesADeclaredReceiver() {
    Signal<Saved> saved = shopAndBilling().signal(Saved.class);

    assertFalse(saved.disconnect(Connect.anySender().dispatchUid("mailer-user")), "wrong sender");
    assertTrue(saved.disconnect(Connect.sender(User.class).dispatchUid("mailer-user")));
    assertFalse(saved.disconnect(Connect.sender(User.class).dispatchUid("mailer-user")));

    assertFalse(sendAndLog(saved, User.class).stream().anyMatch(line -> line.startsWith("Mailer")));
    assertFalse(infoNames(saved.receivers()).contains("Mailer.onUserSaved(Saved, Class)"));
    assertTrue(saved.connect(noting("successor"), Connect.sender(User.class).dispatchUid("mailer-user")).isNew(),
        "the uid is free again");
    assertTrue(sendAndLog(saved, User.class).contains("successor"));
  }

  @Test
  void disconnectWithAReceiverAndTheUidOfADeclaredReceiverRemovesIt() {
    Signal<Saved> saved = shopAndBilling().signal(Saved.class);
    SignalReceiver<Saved> impostor = noting("impostor");
    Connect uid = Connect.sender(User.class).dispatchUid("mailer-user");

    assertFalse(saved.connect(impostor, uid).isNew(), "the uid is taken by the declared receiver");
    assertTrue(saved.disconnect(impostor, uid), "the uid alone identifies the receiver, as in Django");
    assertFalse(infoNames(saved.receivers()).contains("Mailer.onUserSaved(Saved, Class)"));
  }

  @Test
  void disconnectByReceiverInfoRemovesADeclaredReceiver() {
    Signal<Saved> saved = shopAndBilling().signal(Saved.class);
    ReceiverInfo first = saved.receivers().stream()
        .filter(info -> info.name().equals("Audit.first(Saved)"))
        .findFirst()
        .orElseThrow();

    assertTrue(saved.disconnect(first));
    assertFalse(saved.disconnect(first));

    assertFalse(sendAndLog(saved, User.class).contains("Audit.first"));
    assertFalse(infoNames(saved.receivers()).contains("Audit.first(Saved)"));
  }

  @Test
  void disconnectingADeclaredReceiverLeavesOtherInstallationsAlone() {
    Signals one = shopAndBilling();
    Signals two = shopAndBilling();

    one.signal(Saved.class).disconnect(Connect.anySender().dispatchUid("billing-charge"));

    assertFalse(sendAndLog(one.signal(Saved.class), null).contains("Billing.charge"));
    assertTrue(sendAndLog(two.signal(Saved.class), null).contains("Billing.charge"));
  }

  @Test
  void failingDeclaredReceiverIsReportedWithItsRegistry() {
    Signal<Saved> saved = shopAndBilling().signal(Saved.class);
    Saved payload = new Saved("io-failure");

    ReceiverException thrown = assertThrows(ReceiverException.class, () -> saved.send(User.class, payload));

    assertInstanceOf(IOException.class, thrown.getCause());
    assertEquals("Audit.first(Saved)", thrown.receiver().name());
    assertEquals(ShopSignals.NAME, thrown.receiver().origin());
    assertTrue(thrown.getMessage().contains("Audit.first(Saved)"), thrown.getMessage());
    assertEquals(List.of("Billing.urgent"), payload.log(), "earlier receivers ran, later did not");
  }

  @Test
  void fireThroughARegistryRouteNamesTheReceiverThatThrew() {
    Signal<Saved> saved = Signals.builder()
        .install(ShopSignals.REGISTRY)
        .supply(Mailer.class, new Mailer("m"))
        .ready()
        .signal(Saved.class);
    Saved payload = new Saved("io-failure");

    ReceiverException thrown = assertThrows(ReceiverException.class, () -> saved.fire(User.class, payload));

    assertInstanceOf(IOException.class, thrown.getCause());
    assertEquals("Audit.first(Saved)", thrown.receiver().name());
    assertSame(saved.receivers().get(0), thrown.receiver(), "the same description introspection gives");
    assertSame(User.class, thrown.sender());
  }

  @Test
  void routeToAReceiverTheRegistryDoesNotListIsAnErrorNamingRegistrySignalAndReceiver() {
    Signal<Saved> saved = Signals.ready(new SingleReceiverRegistry.Misrouted()).signal(Saved.class);

    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> saved.hasListeners(User.class));

    assertEquals(
        "com.acme.MisroutedSignals routes signal " + Saved.class.getName() + " to receiver 7,"
            + " which it does not list among the signal's receivers",
        thrown.getMessage());
  }

  @Test
  void signalNoRegistryKnowsHasOnlyConnectedReceivers() {
    Signals signals = shopAndBilling();
    Signal<Fixtures.Tick> tick = signals.signal(Fixtures.Tick.class);

    assertEquals(List.of(), tick.receivers());
    assertFalse(tick.hasListeners(User.class));
  }

  @Test
  void signalHandleIsSharedByDeclaredAndConnectedReceivers() {
    Signals signals = shopAndBilling();
    signals.signal(Saved.class).connect(noting("connected"));

    assertSame(signals.signal(Saved.class), signals.signal(Saved.class));
    assertTrue(sendAndLog(signals.signal(Saved.class), null).contains("connected"));
  }
}
