package com.example;

import io.signals4j.Receiver;

final class UnusableSignal {
  @Receiver(signal = Pair.class) // expect
  static void on(Pair<String, String> pair) {}
}
