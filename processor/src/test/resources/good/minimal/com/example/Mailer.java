package com.example;

import io.signals4j.Receiver;

public final class Mailer {
  private Mailer() {}

  @Receiver(signal = Notification.class)
  public static String send(Notification notification) {
    return "sent to " + notification.email();
  }
}
