package com.example;

import io.signals4j.Receiver;

final class DuplicateReceiver {
  @Receiver(signal = Notification.class)
  @Receiver(signal = Notification.class) // expect
  static void on(Notification n) {}
}
