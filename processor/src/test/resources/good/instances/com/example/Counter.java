package com.example;

import io.signals4j.Receiver;

/** Constructed by the registry. */
public final class Counter {
  int count;

  @Receiver(signal = Notification.class)
  public int count(Notification notification) {
    return ++count;
  }
}
