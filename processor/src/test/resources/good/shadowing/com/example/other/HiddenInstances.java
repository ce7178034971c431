package com.example.other;

import io.signals4j.Receiver;

final class HiddenInstances {
  @Receiver(signal = com.example.Notification.class)
  void hidden(com.example.Notification notification) {}
}
