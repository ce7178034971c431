package com.example;

import io.signals4j.Receiver;

final class SupertypePayloadMismatch {
  @Receiver(signal = PostSave.class, sender = User.class)
  static void on(ModelEvent<? extends Order> event) {} // expect
}
