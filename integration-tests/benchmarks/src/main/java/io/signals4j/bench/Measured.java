package io.signals4j.bench;

import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.bench.model.Checkout;
import io.signals4j.bench.model.Hundred;
import io.signals4j.bench.model.One;
import io.signals4j.bench.model.Ten;

/** The measured signals: the payload type and a payload for 1, 10 or 100 receivers. */
final class Measured {

  private Measured() {}

  static Class<?> type(int receivers) {
    return switch (receivers) {
      case 1 -> One.class;
      case 10 -> Ten.class;
      case 100 -> Hundred.class;
      default -> throw new IllegalArgumentException("no signal with " + receivers + " receivers");
    };
  }

  static Object payload(int receivers) {
    return switch (receivers) {
      case 1 -> new One(1);
      case 10 -> new Ten(1);
      case 100 -> new Hundred(1);
      default -> throw new IllegalArgumentException("no signal with " + receivers + " receivers");
    };
  }

  /**
   * The signal with that many receivers from {@link Checkout}, its routes resolved; throws if a
   * send from {@code Checkout} would not reach exactly that many, so that no benchmark measures
   * the wrong thing.
   */
  @SuppressWarnings("unchecked")
  static Signal<Object> signal(Signals signals, int receivers) {
    Signal<Object> signal = signals.signal((Class<Object>) type(receivers));
    int reached = signal.receivers(Checkout.class).size();
    if (reached != receivers) {
      throw new IllegalStateException(signal + " reaches " + reached + ", not " + receivers);
    }
    signal.fire(Checkout.class, payload(receivers));
    return signal;
  }
}
