package com.example;

import io.signals4j.Receiver;
import io.signals4j.SignalsApp;

@SignalsApp(registry = "RegistryNameClash") // expect
final class RegistryNameClash {
  @Receiver(signal = Notification.class)
  static void on(Notification n) {}
}
