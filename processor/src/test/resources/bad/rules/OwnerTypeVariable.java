package com.example;

import io.signals4j.Receiver;

final class OwnerTypeVariable<M extends Model> {
  @Receiver(signal = PostSave.class, sender = User.class)
  void on(PostSave<M> event) {} // expect
}
