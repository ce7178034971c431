package com.example;

import io.signals4j.Receiver;

/** A class nothing deprecates: one receiver of each kind of deprecation, and one plain. */
public final class Receivers {
  @Receiver(signal = Notification.class)
  public static void plain(Notification n) {}

  @Deprecated
  @Receiver(signal = Notification.class)
  public static void deprecatedMethod(Notification n) {}

  @Deprecated(forRemoval = true)
  @Receiver(signal = Notification.class)
  public static void removedMethod(Notification n) {}

  @SuppressWarnings("deprecation")
  @Receiver(signal = Notification.class)
  public static void deprecatedParameter(LegacyEvent event) {}
}
