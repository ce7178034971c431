package com.example;

import io.signals4j.Receiver;

final class NoPayload {
  @Receiver(signal = Notification.class) // expect
  static void on() {}
}
