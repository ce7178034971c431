package com.example;

import io.signals4j.Receiver;

final class RawTwoParameterSupertype {
  interface Both<A, B> {}

  record Pairing(String name) implements Both<String, Integer> {}

  @Receiver(signal = Pairing.class)
  @SuppressWarnings("rawtypes")
  static void on(Both event) {} // expect
}
