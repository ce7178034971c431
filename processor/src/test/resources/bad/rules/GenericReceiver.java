package com.example;

import io.signals4j.Receiver;

final class GenericReceiver {
  @Receiver(signal = Notification.class) // expect
  static <T> void on(Notification n) {}
}
