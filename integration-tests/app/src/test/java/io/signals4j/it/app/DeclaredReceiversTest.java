package io.signals4j.it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Connect;
import io.signals4j.ReceiverException;
import io.signals4j.ReceiverInfo;
import io.signals4j.Response;
import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.it.library.Deleted;
import io.signals4j.it.library.Journal;
import io.signals4j.it.library.LibrarySignals;
import io.signals4j.it.library.Mailer;
import io.signals4j.it.library.Order;
import io.signals4j.it.library.OrderPlaced;
import io.signals4j.it.library.Saved;
import io.signals4j.it.library.StaffUser;
import io.signals4j.it.library.Stock;
import io.signals4j.it.library.User;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Receivers compiled by the real processor in two modules, installed together and sent to through
 * the runtime: every receiver shape, sender filtering, ordering across registries and with
 * receivers connected at run time.
 */
class DeclaredReceiversTest {

  private Signals signals;

  @BeforeEach
  void install() {
    Journal.clear();
    signals = Signals.builder()
        .install(LibrarySignals.REGISTRY, AppSignals.REGISTRY)
        .supply(Mailer.class, new Mailer("shop@example.com"))
        .ready();
  }

  @Test
  void sendFromUserReachesExactAnySenderAndSubclassReceiversByOrder() {
    signals.signal(Saved.class).send(User.class, new Saved<>(new User(1, "ann@example.com"), true));

    assertEquals(
        List.of(
            "shop: first to see user 1",        // app, order -100
            "audit: e-mail checked for user 1", // library, order -10, User and subclasses
            "audit: saved User 1",              // library, any sender
            "billing: profile #1 for user 1",   // library, instance created by the registry
            "stock: saw User 1"),               // library, package-private, repeated annotation
        Journal.lines());
  }

  @Test
  void subclassSenderReachesOnlyReceiversThatOptedIn() {
    signals.signal(Saved.class)
        .send(StaffUser.class, new Saved<>(new StaffUser(2, "bob@example.com"), true));

    assertEquals(
        List.of("audit: e-mail checked for user 2", "audit: saved StaffUser 2"), Journal.lines());
  }

  @Test
  void repeatedAnnotationListensToEachDeclaredSender() {
    signals.signal(Saved.class).send(Order.class, new Saved<>(new Order(3, 100), true));

    assertEquals(
        List.of("audit: saved Order 3", "stock: saw Order 3", "audit: order 3 Saved"),
        Journal.lines());
  }

  @Test
  void oneMethodHearsSeveralSignalsThroughTheirCommonSupertype() {
    signals.signal(Deleted.class).send(Order.class, new Deleted<>(new Order(5, 100)));
    signals.signal(Deleted.class).send(User.class, new Deleted<>(new User(6, "e@example.com")));

    assertEquals(List.of("audit: order 5 Deleted"), Journal.lines());
  }

  @Test
  void responsesComeBackInDispatchOrderFromEveryReceiverShape() {
    long reservedBefore = Stock.reservedCents();
    List<Response> responses = signals.signal(OrderPlaced.class).send(
        Checkout.class, new OrderPlaced(7, "ann@example.com", 4200));

    assertEquals(
        List.of(
            "StockReceivers.reserveStock(OrderPlaced)",
            "Mailer.sendReceipt(OrderPlaced)",
            "ShopReceivers.countOrder(OrderPlaced)",
            "Mailer.scheduleSurvey(OrderPlaced)"),
        responses.stream().map(response -> response.receiver().name()).toList());
    assertEquals(true, responses.get(0).value());
    assertEquals("shop@example.com -> ann@example.com: receipt for order 7", responses.get(1).value());
    assertEquals(4200L, responses.get(2).value());
    assertInstanceOf(CompletionStage.class, responses.get(3).value());
    assertEquals(reservedBefore + 4200, Stock.reservedCents());
  }

  @Test
  void sendAsyncAwaitsReturnedStages() {
    List<Response> responses = signals.signal(OrderPlaced.class)
        .sendAsync(Checkout.class, new OrderPlaced(8, "bob@example.com", 100))
        .join();

    assertEquals("survey for order 8", responses.get(3).value());
  }

  @Test
  void senderFilterKeepsOtherSendersOut() {
    List<Response> responses = signals.signal(OrderPlaced.class).send(
        Order.class, new OrderPlaced(9, "c@example.com", 1));

    assertFalse(responses.stream()
        .anyMatch(response -> response.receiver().name().startsWith("ShopReceivers.countOrder")));
    assertEquals(3, responses.size());
  }

  @Test
  void checkedExceptionOfDeclaredReceiverIsWrappedWithItsName() {
    ReceiverException failure = assertThrows(ReceiverException.class, () -> signals.signal(UserSignedUp.class).send(
        ShopApp.class, new UserSignedUp("root@example.com", "admin")));

    assertInstanceOf(IOException.class, failure.getCause());
    assertEquals("ShopReceivers.rejectReservedNames(UserSignedUp)", failure.receiver().name());
    assertTrue(failure.getMessage().contains(UserSignedUp.class.getName()), failure.getMessage());
    assertTrue(failure.getMessage().contains(ShopApp.class.getName()), failure.getMessage());
    assertEquals(List.of("shop: welcome admin"), Journal.lines());
  }

  @Test
  void fireThroughAGeneratedRouteNamesTheReceiverThatThrew() {
    ReceiverException failure = assertThrows(ReceiverException.class, () -> signals.signal(UserSignedUp.class).fire(
        ShopApp.class, new UserSignedUp("root@example.com", "admin")));

    assertInstanceOf(IOException.class, failure.getCause());
    assertEquals("ShopReceivers.rejectReservedNames(UserSignedUp)", failure.receiver().name());
    assertEquals(ShopApp.class, failure.sender());
    assertEquals(List.of("shop: welcome admin"), Journal.lines());
  }

  @Test
  void fireThroughAGeneratedRouteCallsEveryReceiverInOrder() {
    long reservedBefore = Stock.reservedCents();

    signals.signal(OrderPlaced.class).fire(Checkout.class, new OrderPlaced(10, "f@example.com", 300));

    assertEquals(
        List.of(
            "stock: reserved order 10",
            "mail: shop@example.com -> f@example.com: receipt for order 10",
            "shop: order 10 counted"),
        Journal.lines());
    assertEquals(reservedBefore + 300, Stock.reservedCents());
  }

  @Test
  void sendRobustRunsEveryDeclaredReceiver() {
    List<Response> responses = signals.signal(UserSignedUp.class).sendRobust(
        ShopApp.class, new UserSignedUp("root@example.com", "admin"));

    assertEquals("welcome admin", responses.get(0).value());
    assertInstanceOf(IOException.class, responses.get(1).error());
  }

  @Test
  void connectedReceiversJoinDeclaredOnesInOrder() {
    Signal<OrderPlaced> orderPlaced = signals.signal(OrderPlaced.class);
    orderPlaced.connect((order, sender) -> { }, Connect.sender(Checkout.class).named("late"));
    orderPlaced.connect((order, sender) -> { }, Connect.anySender().named("early").order(-50));

    assertEquals(
        List.of(
            "early",
            "StockReceivers.reserveStock(OrderPlaced)",
            "Mailer.sendReceipt(OrderPlaced)",
            "ShopReceivers.countOrder(OrderPlaced)",
            "late",
            "Mailer.scheduleSurvey(OrderPlaced)"),
        orderPlaced.receivers(Checkout.class).stream().map(ReceiverInfo::name).toList());
  }

  @Test
  void declaredReceiverIsDisconnectedByItsDispatchUid() {
    Signal<?> saved = signals.signal(Saved.class);

    assertTrue(saved.disconnect(Connect.sender(User.class).dispatchUid("billing-profile")));
    assertFalse(saved.disconnect(Connect.sender(User.class).dispatchUid("billing-profile")));
    signals.signal(Saved.class).send(User.class, new Saved<>(new User(4, "d@example.com"), true));
    assertFalse(Journal.lines().stream().anyMatch(line -> line.startsWith("billing:")));
  }

  @Test
  void registriesInstalledTwiceAreInstalledOnce() {
    Signals twice = Signals.builder()
        .install(LibrarySignals.REGISTRY, AppSignals.REGISTRY, LibrarySignals.REGISTRY)
        .supply(Mailer.class, new Mailer("x"))
        .ready();

    assertEquals(2, twice.registries().size());
    assertEquals(5, twice.signal(Saved.class).receivers(User.class).size());
  }

  @Test
  void missingSuppliedInstanceFailsAtInstall() {
    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> Signals.ready(LibrarySignals.REGISTRY));

    assertTrue(failure.getMessage().contains(LibrarySignals.class.getName()), failure.getMessage());
    assertTrue(failure.getMessage().contains(Mailer.class.getName()), failure.getMessage());
    assertTrue(failure.getMessage().contains("Mailer.sendReceipt(OrderPlaced)")
        || failure.getMessage().contains("Mailer.scheduleSurvey(OrderPlaced)"), failure.getMessage());
  }

  @Test
  void introspectionListsEveryDeclaredReceiverWithItsOrigin() {
    List<ReceiverInfo> receivers = signals.signal(Saved.class).receivers();

    assertEquals(7, receivers.size(), receivers::toString);
    ReceiverInfo billing = receivers.stream()
        .filter(info -> info.name().startsWith("BillingReceivers.createBillingProfile"))
        .findFirst()
        .orElseThrow();
    assertEquals(User.class, billing.sender());
    assertEquals("billing-profile", billing.dispatchUid());
    assertEquals(LibrarySignals.class.getName(), billing.origin());
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void fireThroughAGeneratedRouteRefusesAPayloadOfAnotherTypeBeforeAnyReceiver() {
    // One registry alone: the route is the generated straight-line method, which checks the type.
    Signal raw = Signals.ready(AppSignals.REGISTRY).signal(UserSignedUp.class);

    IllegalArgumentException wrong =
        assertThrows(IllegalArgumentException.class, () -> raw.fire(null, "not a sign-up"));
    NullPointerException none = assertThrows(NullPointerException.class, () -> raw.fire(null, null));

    assertTrue(wrong.getMessage().contains(UserSignedUp.class.getName()), wrong.getMessage());
    assertTrue(wrong.getMessage().contains(String.class.getName()), wrong.getMessage());
    assertTrue(none.getMessage().contains("payload"), none.getMessage());
    assertEquals(List.of(), Journal.lines(), "no receiver ran");
  }
}
