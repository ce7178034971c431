package com.example;

import io.signals4j.Receiver;

final class SenderMismatchOutOfBounds {
  @Receiver(signal = PostSave.class, sender = User.class) // expect
  static void on(PostSave<? extends Comparable<?>> event) {}
}
