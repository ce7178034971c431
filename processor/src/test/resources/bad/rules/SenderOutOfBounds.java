package com.example;

import io.signals4j.Receiver;

final class SenderOutOfBounds {
  @Receiver(signal = PostSave.class, sender = String.class) // expect
  static void on(PostSave<?> event) {}
}
