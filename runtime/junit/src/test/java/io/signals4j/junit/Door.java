package io.signals4j.junit;

/** The sender of {@link Greeting}s. */
final class Door {
  private Door() {}
}
