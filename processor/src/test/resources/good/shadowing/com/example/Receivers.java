package com.example;

import io.signals4j.Receiver;

public final class Receivers {
  @Receiver(signal = Notification.class)
  public static int count(Notification notification) {
    return 1;
  }

  @Receiver(signal = Notification.class, phase = io.signals4j.Phase.AFTER_COMMIT)
  public void later(Notification notification) throws java.lang.Throwable {}

  @Receiver(signal = Discovered.class)
  public static void discovered(Discovered discovered) {}

  @Receiver(signal = Routes0.class)
  public static void routes(Routes0 routes) {}
}
