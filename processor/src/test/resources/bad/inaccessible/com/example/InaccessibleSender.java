package com.example;

import io.signals4j.Receiver;

public final class InaccessibleSender {
  private static final class Hidden {
    public static final class Sender {}
  }

  @Receiver(signal = Notification.class, sender = Hidden.Sender.class) // expect
  public static void on(Notification n) {}
}
