package com.example.app;

import io.signals4j.Receiver;

final class LocalReceivers {
  @Receiver(signal = Notification.class, order = 2)
  static String local(Notification notification) {
    return "local " + notification.email();
  }
}
