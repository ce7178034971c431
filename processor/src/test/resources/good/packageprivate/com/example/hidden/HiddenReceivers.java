package com.example.hidden;

import com.example.app.Notification;
import io.signals4j.Receiver;

final class HiddenReceivers {
  @Receiver(signal = Notification.class)
  static String onStatic(Notification notification) {
    return "static " + notification.email();
  }

  @Receiver(signal = Notification.class, order = 1)
  String onInstance(Notification notification) {
    return "instance " + notification.email();
  }
}
