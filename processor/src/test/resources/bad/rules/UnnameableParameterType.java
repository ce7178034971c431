package com.example;

import io.signals4j.Receiver;

final class UnnameableParameterType {
  private interface Event {}

  @Receiver(signal = Notification.class)
  static void on(Event event) {} // expect
}
