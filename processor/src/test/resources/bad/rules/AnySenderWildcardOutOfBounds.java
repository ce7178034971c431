package com.example;

import io.signals4j.Receiver;

final class AnySenderWildcardOutOfBounds {
  @Receiver(signal = PostSave.class)
  static void on(PostSave<? extends Comparable<?>> event) {} // expect
}
