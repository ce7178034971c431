package com.example;

import io.signals4j.Receiver;

// javac runs the processor only for annotations it finds on elements, and local classes are not
// elements yet during processing: the receiver below is what makes it run.
final class LocalClass {
  @Receiver(signal = Notification.class)
  static void reachable(Notification n) {}

  static void register() {
    final class Local {
      @Receiver(signal = Notification.class) // expect
      static void on(Notification n) {}
    }
  }
}
