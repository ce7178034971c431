package com.example;

import io.signals4j.Receiver;

final class SubclassSenderMismatch {
  @Receiver(signal = PostSave.class, sender = User.class, includeSubclasses = true) // expect
  static void on(PostSave<? extends Order> event) {}
}
