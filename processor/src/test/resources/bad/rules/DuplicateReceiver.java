package com.example;

import io.signals4j.Receiver;

final class DuplicateReceiver {
  // javac cannot place a diagnostic on an annotation inside a repeated-annotation container, so
  // errors about repeated @Receiver annotations point at the method.
  @Receiver(signal = Notification.class)
  @Receiver(signal = Notification.class)
  static void on(Notification n) {} // expect
}
