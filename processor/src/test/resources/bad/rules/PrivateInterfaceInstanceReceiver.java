package com.example;

import io.signals4j.Receiver;
import io.signals4j.Supplied;

@Supplied
interface PrivateInterfaceInstanceReceiver {
  @Receiver(signal = Notification.class) // expect
  private void on(Notification n) {}
}
