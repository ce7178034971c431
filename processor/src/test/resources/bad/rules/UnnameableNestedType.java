package com.example;

import io.signals4j.Receiver;

final class UnnameableNestedType {
  private static final class Hidden {
    interface Event {}
  }

  @Receiver(signal = Notification.class)
  static void on(Hidden.Event event) {} // expect
}
