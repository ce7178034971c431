package com.example;

import io.signals4j.Receiver;

final class PrivateConstructor {
  private PrivateConstructor() {}

  @Receiver(signal = Notification.class) // expect
  void on(Notification n) {}
}
