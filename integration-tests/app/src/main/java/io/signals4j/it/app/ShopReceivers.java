package io.signals4j.it.app;

import io.signals4j.Receiver;
import io.signals4j.it.library.Journal;
import io.signals4j.it.library.OrderPlaced;
import io.signals4j.it.library.Saved;
import io.signals4j.it.library.User;
import java.io.IOException;

/** The application's receivers, some of them on the library's signals. */
public final class ShopReceivers {

  private ShopReceivers() {}

  /** Greets new users. */
  @Receiver(signal = UserSignedUp.class)
  public static String welcome(UserSignedUp event) {
    Journal.write("shop: welcome " + event.username());
    return "welcome " + event.username();
  }

  /** Fails for a reserved name: declares a checked exception, which a send wraps. */
  @Receiver(signal = UserSignedUp.class, order = 10)
  public static void rejectReservedNames(UserSignedUp event) throws IOException {
    if (event.username().equals("admin")) {
      throw new IOException("the name 'admin' is reserved");
    }
    Journal.write("shop: name " + event.username() + " accepted");
  }

  /** Counts orders placed at checkout, after the library's receivers at equal order. */
  @Receiver(signal = OrderPlaced.class, sender = Checkout.class)
  public static long countOrder(OrderPlaced order) {
    Journal.write("shop: order " + order.orderId() + " counted");
    return order.totalCents();
  }

  /** Runs before every library receiver of user saves, thanks to its order. */
  @Receiver(signal = Saved.class, sender = User.class, order = -100)
  public static void firstToSeeUsers(Saved<User> event) {
    Journal.write("shop: first to see user " + event.instance().id());
  }
}
