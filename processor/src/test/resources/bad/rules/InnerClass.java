package com.example;

import io.signals4j.Receiver;

final class InnerClass {
  final class Inner {
    @Receiver(signal = Notification.class) // expect
    void on(Notification n) {}
  }
}
