package com.example;

import io.signals4j.Receiver;

final class DuplicateDispatchUid {
  @Receiver(signal = Notification.class, dispatchUid = "mail")
  static void first(Notification n) {}

  @Receiver(signal = Notification.class, dispatchUid = "mail") // expect
  static void second(Notification n) {}
}
