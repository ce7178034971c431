package com.example;

import io.signals4j.Receiver;

final class RepeatedSenderMismatch {
  @Receiver(signal = PostSave.class, sender = User.class)
  @Receiver(signal = PostSave.class,
      sender = Order.class) // expect
  static void on(PostSave<User> event) {}
}
