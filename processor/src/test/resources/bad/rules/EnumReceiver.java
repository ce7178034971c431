package com.example;

import io.signals4j.Receiver;

enum EnumReceiver {
  ONLY;

  @Receiver(signal = Notification.class) // expect
  void on(Notification notification) {}
}
