package io.signals4j.it.library;

/** Reads what the package-private stock receivers did. */
public final class Stock {

  private Stock() {}

  /** Total cents reserved so far. */
  public static long reservedCents() {
    return StockReceivers.RESERVED_CENTS.get();
  }
}
