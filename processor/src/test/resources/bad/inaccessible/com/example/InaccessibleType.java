package com.example;

import io.signals4j.Receiver;

final class InaccessibleType {
  @Receiver(signal = Hidden.class) // expect
  static void on(Hidden hidden) {}
}
