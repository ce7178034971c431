package com.example;

import io.signals4j.Receiver;

interface PrivateInterfaceReceiver {
  @Receiver(signal = Notification.class) // expect
  private static void on(Notification n) {}
}
