package com.example;

import io.signals4j.Receiver;

final class SenderParameter {
  @Receiver(signal = Notification.class, sender = User.class)
  static void on(Notification n, Class<User> sender) {} // expect
}
