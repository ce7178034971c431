package io.signals4j;

import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.RouteFailure;
/**
 * The receivers that a send of one signal from one sender reaches, in dispatch order: resolved
 * once per sender class and kept until the signal's receivers change. Immutable, so a send that
 * holds one sees a consistent set whatever other threads connect meanwhile.
 *
 * <p>When the receivers are exactly one generated route of one installed registry (nothing
 * connected, disconnected or added by subclass matching), {@link #fire} hands the whole send to
 * that registry's straight-line route method instead of calling each receiver through its id.
 */
final class Route {

  private static final Entry[] NONE = new Entry[0];

  final Class<?> sender;
  final Entry[] entries;
  private final boolean holdsWeak;

  /** The registry whose route {@link #generatedRoute} calls exactly {@link #entries}, or null. */
  private final GeneratedRegistry registry;

  private final int generatedRoute;
  private final Object[] instances;

  Route(Class<?> sender, Entry[] entries) {
    this(sender, entries, null, -1, null);
  }

  Route(Class<?> sender, Entry[] entries, Installation installation, int generatedRoute) {
    this(sender, entries, installation.registry, generatedRoute, installation.instances);
  }

  private Route(
      Class<?> sender,
      Entry[] entries,
      GeneratedRegistry registry,
      int generatedRoute,
      Object[] instances) {
    this.sender = sender;
    this.entries = entries;
    this.registry = registry;
    this.generatedRoute = generatedRoute;
    this.instances = instances;
    boolean weak = false;
    for (Entry entry : entries) {
      weak |= entry.isWeak();
    }
    this.holdsWeak = weak;
  }

  static Route empty(Class<?> sender) {
    return new Route(sender, NONE);
  }

  /**
   * Calls every receiver, collecting nothing.
   *
   * @throws ReceiverException for the first receiver that throws
   */
  void fire(Class<?> signal, Object payload) {
    if (registry != null) {
      fireGenerated(signal, payload);
    } else {
      fireEach(signal, payload);
    }
  }

  private void fireGenerated(Class<?> signal, Object payload) {
    try {
      registry.fire(generatedRoute, instances, sender, payload);
    } catch (RouteFailure failure) {
      throw new ReceiverException(
          receiver(failure.receiverId()).info(), signal, sender, failure.getCause());
    }
  }

  private void fireEach(Class<?> signal, Object payload) {
    for (Entry entry : entries) {
      try {
        entry.call(sender, payload);
      } catch (Exception e) {
        throw new ReceiverException(entry.info(), signal, sender, e);
      }
    }
  }

  /** The entry of a declared receiver of this route; its sequence is its id. */
  private Entry receiver(int receiverId) {
    for (Entry entry : entries) {
      if (entry.sequence == receiverId) {
        return entry;
      }
    }
    throw new IllegalStateException(
        registry.name() + " reported a failure of receiver " + receiverId
            + ", which is not on route " + generatedRoute);
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
