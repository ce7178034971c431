package com.example;

import io.signals4j.Receiver;
import io.signals4j.Supplied;

/** Supplied by the application. */
@Supplied
public final class Mailer {
  private final String from;

  public Mailer(String from) {
    this.from = from;
  }

  @Receiver(signal = Notification.class, order = 1)
  public String send(Notification notification) {
    return from + " -> " + notification.email();
  }
}
