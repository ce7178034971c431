package com.example;

import io.signals4j.Receiver;

final class SubclassWildcard {
  @Receiver(signal = PostSave.class, sender = User.class, includeSubclasses = true)
  static void on(PostSave<User> event) {} // expect
}
