package io.signals4j.bench.model;

/**
 * Where every benchmark receiver puts its payload: a plain static field, so that a call cannot be
 * optimised away and every way of dispatching pays the same few nanoseconds for the work itself.
 */
public final class Sink {

  private static long total;

  private Sink() {}

  /** Adds a payload's value. */
  public static void add(long value) {
    total += value;
  }

  /** The sum so far, so that the work is observable. */
  public static long total() {
    return total;
  }
}
