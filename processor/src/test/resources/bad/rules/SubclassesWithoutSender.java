package com.example;

import io.signals4j.Receiver;

final class SubclassesWithoutSender {
  @Receiver(signal = Notification.class, includeSubclasses = true) // expect
  static void on(Notification n) {}
}
