package com.example;

import io.signals4j.Receiver;

final class NoConstructor {
  NoConstructor(String name) {}

  @Receiver(signal = Notification.class) // expect
  void on(Notification n) {}
}
