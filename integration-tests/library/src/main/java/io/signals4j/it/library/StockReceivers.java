package io.signals4j.it.library;

import io.signals4j.Receiver;
import java.util.concurrent.atomic.AtomicLong;

/** A package-private class with a package-private receiver: called through a generated dispatcher. */
final class StockReceivers {

  static final AtomicLong RESERVED_CENTS = new AtomicLong();

  private StockReceivers() {}

  @Receiver(signal = OrderPlaced.class, order = -5)
  static boolean reserveStock(OrderPlaced order) {
    RESERVED_CENTS.addAndGet(order.totalCents());
    Journal.write("stock: reserved order " + order.orderId());
    return true;
  }

  /** Hears saves from two senders: the annotation repeats. */
  @Receiver(signal = Saved.class, sender = Order.class)
  @Receiver(signal = Saved.class, sender = User.class)
  static void countSaves(Saved<?> event, Class<?> sender) {
    Journal.write("stock: saw " + sender.getSimpleName() + " " + event.instance().id());
  }
}
