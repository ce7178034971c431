package com.example;

import io.signals4j.Receiver;

final class Receivers {
  @Receiver(signal = Notification.class)
  static void on(Notification n) {}
}
