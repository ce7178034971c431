package com.example;

import io.signals4j.Receiver;

public final class StockReceivers {
  private StockReceivers() {}

  @Receiver(signal = StockLow.class)
  public static void reorder(StockLow stock) {}
}
