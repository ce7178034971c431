package com.example;

import io.signals4j.Receiver;

final class SuperWildcardOfAnySender {
  @Receiver(signal = PostSave.class)
  static void on(PostSave<? super User> event) {} // expect
}
