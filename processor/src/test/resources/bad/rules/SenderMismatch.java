package com.example;

import io.signals4j.Receiver;

final class SenderMismatch {
  @Receiver(signal = PostSave.class, sender = User.class) // expect
  static void on(PostSave<Order> event) {}
}
