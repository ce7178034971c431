package io.signals4j;

/**
 * The routes of one state of a signal, by sender class: an open-addressing table keyed by the
 * identity of the class, which each {@link Route} holds only weakly.
 *
 * <p>Lookups take no lock. Insertions are serialised and write a fully built route into an empty
 * slot, so a concurrent lookup sees either nothing (and resolves the route itself) or that route.
 * Slots of routes whose sender classes have been unloaded stay until the table grows, which copies
 * only the live routes into a new table.
 *
 * <p>Not a {@code ClassValue}: a class holds its class values strongly, and a route holds
 * receivers, which may capture the signal itself, whose {@code ClassValue} would then stay
 * reachable from the class forever (JDK-8136353). Not a map keyed by class either: it would keep
 * every sender class ever sent from alive.
 */
final class RouteTable {

  private final Route[] slots;

  /** Guarded by {@code this}: slots in use, live or cleared. */
  private int used;

  RouteTable() {
    this(new Route[16]);
  }

  private RouteTable(Route[] slots) {
    this.slots = slots;
  }

  /** The route of {@code sender}, or null if none was resolved yet. */
  Route get(Class<?> sender) {
    Route[] table = slots;
    int mask = table.length - 1;
    for (int i = indexOf(sender, mask); ; i = (i + 1) & mask) {
      Route route = table[i];
      if (route == null) {
        return null;
      }
      if (route.get() == sender) {
        return route;
      }
    }
  }

  /**
   * Adds the route of a sender that has none yet.
   *
   * @return the table that holds it: this one, or a larger copy that the caller publishes
   */
  synchronized RouteTable add(Route route) {
    Class<?> sender = route.get();
    if (sender == null || get(sender) != null) {
      return this;
    }
    if ((used + 1) * 2 <= slots.length) {
      put(slots, sender, route);
      used++;
      return this;
    }
    int live = 1;
    for (Route existing : slots) {
      if (existing != null && existing.get() != null) {
        live++;
      }
    }
    int capacity = 16;
    while (capacity < live * 4) {
      capacity <<= 1;
    }
    RouteTable grown = new RouteTable(new Route[capacity]);
    for (Route existing : slots) {
      Class<?> key = existing == null ? null : existing.get();
      if (key != null) {
        put(grown.slots, key, existing);
      }
    }
    put(grown.slots, sender, route);
    grown.used = live;
    return grown;
  }

  private static void put(Route[] table, Class<?> sender, Route route) {
    int mask = table.length - 1;
    int i = indexOf(sender, mask);
    while (table[i] != null) {
      i = (i + 1) & mask;
    }
    table[i] = route;
  }

  private static int indexOf(Class<?> sender, int mask) {
    int hash = System.identityHashCode(sender);
    return (hash ^ (hash >>> 16)) & mask;
  }
}
