package com.example;

import io.signals4j.Receiver;

final class SenderOutOfIntersectionBounds {
  record Ranked<M extends Model & Comparable<M>>(M instance) {}

  @Receiver(signal = Ranked.class, sender = User.class) // expect
  static void on(Ranked<?> event) {}
}
