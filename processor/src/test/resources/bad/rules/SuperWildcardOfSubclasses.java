package com.example;

import io.signals4j.Receiver;

final class SuperWildcardOfSubclasses {
  @Receiver(signal = PostSave.class, sender = User.class, includeSubclasses = true)
  static void on(PostSave<? super User> event) {} // expect
}
