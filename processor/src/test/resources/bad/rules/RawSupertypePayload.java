package com.example;

import io.signals4j.Receiver;

final class RawSupertypePayload {
  @Receiver(signal = PostSave.class, sender = User.class)
  @SuppressWarnings("rawtypes")
  static void on(ModelEvent event) {} // expect
}
