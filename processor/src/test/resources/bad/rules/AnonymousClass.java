package com.example;

import io.signals4j.Receiver;

// javac runs the processor only for annotations it finds on elements, and local classes are not
// elements yet during processing: the receiver below is what makes it run.
final class AnonymousClass {
  @Receiver(signal = Notification.class)
  static void reachable(Notification n) {}

  final Object listener =
      new Object() {
        @Receiver(signal = Notification.class) // expect
        void on(Notification n) {}
      };
}
