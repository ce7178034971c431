package com.example;

import io.signals4j.Phase;
import io.signals4j.Receiver;

final class DeferredResult {
  @Receiver(signal = Notification.class, phase = Phase.AFTER_COMMIT) // expect
  static String on(Notification notification) {
    return notification.email();
  }
}
