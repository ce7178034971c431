package com.example;

import io.signals4j.Receiver;

final class TooManyParameters {
  @Receiver(signal = Notification.class) // expect
  static void on(Notification n, Class<?> sender, String extra) {}
}
