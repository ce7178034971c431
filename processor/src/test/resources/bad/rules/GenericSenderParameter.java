package com.example;

import io.signals4j.Receiver;

final class GenericSenderParameter {
  static class Tagged<T> extends Model {}

  @Receiver(signal = PostSave.class, sender = Tagged.class)
  static void on(PostSave<Tagged<?>> event, Class<String> sender) {} // expect
}
