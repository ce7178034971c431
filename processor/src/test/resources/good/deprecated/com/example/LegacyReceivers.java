package com.example;

import io.signals4j.Receiver;

/** A deprecated class: the registry constructs it and calls it. */
@Deprecated
@SuppressWarnings("removal")
public final class LegacyReceivers {
  @Receiver(signal = Retired.class, sender = LegacySender.class)
  public void onRetired(Retired event) {}
}
