package com.example.hidden;

import com.example.Notification;
import io.signals4j.Receiver;

/** Package-private, so a package dispatcher calls it and must suppress what it names. */
@Deprecated
final class HiddenReceivers {
  @Receiver(signal = Notification.class)
  void on(Notification n) {}
}
