package com.example;

import io.signals4j.Receiver;

abstract class AbstractReceiverClass {
  @Receiver(signal = Notification.class) // expect
  void on(Notification n) {}
}
