package com.example;

import io.signals4j.Receiver;

final class GenericSenderPayload {
  static class Tagged<T> extends Model {}

  @Receiver(signal = PostSave.class, sender = Tagged.class) // expect
  static void on(PostSave<User> event) {}
}
