package com.example;

import io.signals4j.Receiver;

final class GenericPayloadReceiver {
  @Receiver(signal = PostSave.class) // expect
  static <M extends Model> void on(PostSave<M> event) {}
}
