package com.example;

import io.signals4j.Receiver;

// The module's only receiver: no element carries @Receiver, so only a processor that javac runs
// in every round can see it.
final class LocalClassOnly {
  static void register() {
    final class Local {
      @Receiver(signal = Notification.class) // expect
      static void on(Notification n) {}
    }
  }
}
