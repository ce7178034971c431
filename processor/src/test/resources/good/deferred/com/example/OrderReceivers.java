package com.example;

import io.signals4j.Phase;
import io.signals4j.Receiver;

public final class OrderReceivers {
  private OrderReceivers() {}

  @Receiver(signal = OrderPlaced.class, order = -1)
  public static boolean reserveStock(OrderPlaced order) {
    return true;
  }

  @Receiver(signal = OrderPlaced.class, phase = Phase.AFTER_COMMIT)
  public static void sendReceipt(OrderPlaced order) {}

  @Receiver(signal = OrderPlaced.class, sender = Checkout.class, phase = Phase.AFTER_ROLLBACK)
  public static void releaseStock(OrderPlaced order, Class<?> sender) {}

  @Receiver(signal = OrderPlaced.class, sender = Checkout.class, phase = Phase.DURING_SEND)
  public static void audit(OrderPlaced order) {}
}
