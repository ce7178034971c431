package io.signals4j.bench;

import io.signals4j.Receiver;
import io.signals4j.bench.model.Checkout;
import io.signals4j.bench.model.Shipped;
import io.signals4j.bench.model.Sink;

/** The receiver of subclass senders that {@link CasesBenchmark#fireSubclassSender} reaches. */
public final class ShippingReceivers {

  private ShippingReceivers() {}

  /** Hears {@code Checkout} and its subclasses, so {@code ExpressCheckout} too. */
  @Receiver(signal = Shipped.class, sender = Checkout.class, includeSubclasses = true)
  public static void onShipped(Shipped event) {
    Sink.add(event.value());
  }
}
