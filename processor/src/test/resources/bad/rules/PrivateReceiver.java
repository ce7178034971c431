package com.example;

import io.signals4j.Receiver;

final class PrivateReceiver {
  @Receiver(signal = Notification.class) // expect
  private static void on(Notification n) {}
}
