package com.example;

import io.signals4j.Receiver;

final class RawSignal {
  @Receiver(signal = PostSave.class, sender = User.class)
  @SuppressWarnings("rawtypes")
  static void on(PostSave event) {} // expect
}
