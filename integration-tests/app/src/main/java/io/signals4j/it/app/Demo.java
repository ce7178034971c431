package io.signals4j.it.app;

import io.signals4j.Connect;
import io.signals4j.Response;
import io.signals4j.Signals;
import io.signals4j.it.library.Journal;
import io.signals4j.it.library.LibrarySignals;
import io.signals4j.it.library.Mailer;
import io.signals4j.it.library.Order;
import io.signals4j.it.library.OrderPlaced;
import io.signals4j.it.library.Saved;
import io.signals4j.it.library.StaffUser;
import io.signals4j.it.library.User;
import java.util.List;

/**
 * A tour of signals4j: two modules' generated registries installed together, declared and
 * connected receivers, the send flavours, muting and introspection.
 */
public final class Demo {

  private Demo() {}

  /** Runs the tour and prints what happens. */
  public static void main(String[] args) {
    // AppConfig.ready(): install the registries the processor generated, supplying the one
    // receiver instance the library cannot construct itself.
    Signals signals = Signals.builder()
        .install(LibrarySignals.REGISTRY, AppSignals.REGISTRY)
        .supply(Mailer.class, new Mailer("shop@example.com"))
        .ready();

    section("What is connected, known before anything is sent");
    System.out.print(signals.describe());

    section("send: a user signs up; every receiver answers");
    print(signals.signal(UserSignedUp.class).send(ShopApp.class, new UserSignedUp("ann@example.com", "ann")));

    var saved = signals.signal(Saved.class);
    section("send from User: exact, any-sender and subclass receivers, by order");
    saved.send(User.class, new Saved<>(new User(1, "ann@example.com"), true));
    printJournal();

    section("send from StaffUser: only any-sender and subclass receivers hear it");
    saved.send(StaffUser.class, new Saved<>(new StaffUser(2, "bob@example.com"), true));
    printJournal();

    section("send stops at the first failure; sendRobust runs every receiver");
    try {
      signals.signal(UserSignedUp.class).send(ShopApp.class, new UserSignedUp("root@example.com", "admin"));
    } catch (RuntimeException e) {
      System.out.println("send threw: " + e.getMessage());
    }
    print(signals.signal(UserSignedUp.class).sendRobust(ShopApp.class, new UserSignedUp("x@example.com", "admin")));

    section("sendAsync: receivers returning a CompletionStage are awaited");
    var orderPlaced = signals.signal(OrderPlaced.class);
    print(orderPlaced.sendAsync(Checkout.class, new OrderPlaced(7, "ann@example.com", 4200)).join());

    section("connect at run time, and mute during a bulk import");
    orderPlaced.connect(
        (order, sender) -> Journal.write("connected: big order " + order.orderId()),
        Connect.sender(Checkout.class).named("bigOrderAlert").order(50));
    signals.mute(Saved.class).during(() -> {
      for (int id = 100; id < 103; id++) {
        saved.send(Order.class, new Saved<>(new Order(id, 100), true));
      }
    });
    System.out.println("receivers heard during the import: " + Journal.lines().size());
    orderPlaced.fire(Checkout.class, new OrderPlaced(8, "bob@example.com", 99_00));
    printJournal();
    System.out.println("hasListeners(Saved, Order) = " + saved.hasListeners(Order.class)
        + ", hasListeners(UserSignedUp, no sender) = "
        + signals.hasListeners(UserSignedUp.class, null));
  }

  private static void section(String title) {
    System.out.println();
    System.out.println("== " + title);
    Journal.clear();
  }

  private static void print(List<Response> responses) {
    for (Response response : responses) {
      System.out.println("  " + response.receiver().name() + " -> "
          + (response.failed() ? "failed: " + response.error() : response.value()));
    }
  }

  private static void printJournal() {
    for (String line : Journal.lines()) {
      System.out.println("  " + line);
    }
    Journal.clear();
  }
}
