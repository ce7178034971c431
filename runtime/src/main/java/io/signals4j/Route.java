package io.signals4j;

/**
 * The receivers that a send of one signal from one sender reaches, in dispatch order: resolved
 * once per sender class and kept until the signal's receivers change. Immutable, so a send that
 * holds one sees a consistent set whatever other threads connect meanwhile.
 */
final class Route {

  private static final Entry[] NONE = new Entry[0];

  final Class<?> sender;
  final Entry[] entries;
  private final boolean holdsWeak;

  Route(Class<?> sender, Entry[] entries) {
    this.sender = sender;
    this.entries = entries;
    boolean weak = false;
    for (Entry entry : entries) {
      weak |= entry.info.weak();
    }
    this.holdsWeak = weak;
  }

  static Route empty(Class<?> sender) {
    return new Route(sender, NONE);
  }

  /** Whether a send would reach a live receiver. */
  boolean hasLive() {
    if (!holdsWeak) {
      return entries.length != 0;
    }
    for (Entry entry : entries) {
      if (entry.isLive()) {
        return true;
      }
    }
    return false;
  }
}
