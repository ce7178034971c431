package com.example;

import io.signals4j.Receiver;

final class UnresolvedType {
  @Receiver(signal = Missing.class) // expect
  static void on(Notification n) {}
}
