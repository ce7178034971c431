package com.example;

import io.signals4j.Receiver;

final class AnySenderWildcard {
  @Receiver(signal = PostSave.class)
  static void on(PostSave<User> event) {} // expect
}
