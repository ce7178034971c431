package com.example;

import io.signals4j.Receiver;

final class SubclassesOfFinalSender {
  @Receiver(signal = PostSave.class, sender = Order.class, includeSubclasses = true) // expect
  static void on(PostSave<? extends Order> event) {}
}
