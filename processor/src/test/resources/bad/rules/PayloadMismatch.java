package com.example;

import io.signals4j.Receiver;

final class PayloadMismatch {
  @Receiver(signal = Notification.class)
  static void on(String n) {} // expect
}
