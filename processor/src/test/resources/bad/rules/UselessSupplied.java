package com.example;

import io.signals4j.Receiver;

@io.signals4j.Supplied // expect
final class UselessSupplied {
  @Receiver(signal = Notification.class)
  static void on(Notification n) {}
}
