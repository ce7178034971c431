package com.example;

import io.signals4j.Receiver;

final class PrivateClass {
  private static final class Hidden {
    @Receiver(signal = Notification.class) // expect
    static void on(Notification n) {}
  }
}
