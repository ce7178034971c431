package io.signals4j;

/**
 * The receivers of one module, compiled by the signals4j processor into plain Java: the seam
 * between generated code and the runtime.
 *
 * <p>Applications do not implement this interface; they install the generated one with {@link
 * Signals#ready(SignalRegistry...)}. Everything here is answered by {@code switch} statements over
 * dense int ids and {@code ==} comparisons against class literals, so the runtime needs no
 * reflection, no class-path scanning and no per-send map lookup. Installing a registry does no work
 * that grows with the number of its receivers: the runtime asks for a signal's receivers the first
 * time that signal is sent from a given sender, and caches the answer.
 *
 * <p>Within a registry, receiver ids are assigned in dispatch order: by {@link Receiver#order()},
 * then by the receiver's class and method name. Arrays returned by this interface are fresh; the
 * runtime may keep them.
 */
@UsedByGeneratedCode
public interface SignalRegistry {

  /** What {@link #signalId} answers for a signal this registry has no receiver for. */
  int NO_SIGNAL = -1;

  /** The fully qualified name of the generated class, used in reports and error messages. */
  String name();

  /** The signal types this registry has receivers for, in id order. */
  Class<?>[] signalTypes();

  /**
   * The dense id of {@code signalType} in this registry, or {@link #NO_SIGNAL}.
   *
   * @param signalType a payload type; never null
   */
  int signalId(Class<?> signalType);

  /**
   * The route of a send of a signal from exactly {@code sender}: a dense id, across the registry,
   * of the list of receivers such a send reaches. Every sender that a receiver of the signal names
   * has its own route; all other senders share the signal's any-sender route.
   *
   * @param signalId an id returned by {@link #signalId}
   * @param sender the sender of the send, or null for a send without sender (which takes the
   *     any-sender route)
   */
  int route(int signalId, Class<?> sender);

  /**
   * The receivers of a route, in dispatch order: those declared for its sender merged with those
   * declared for any sender. Receivers that opted into subclass senders are included in the route
   * of their declared sender.
   */
  int[] receivers(int route);

  /**
   * Whether {@link #fire} calls this route's receivers itself. Generated registries write a
   * straight-line method for each route that is short enough; the runtime calls the receivers of
   * other routes one by one through {@link #invoke}. Hand-written registries need not override it.
   */
  default boolean firesRoute(int route) {
    return false;
  }

  /**
   * Calls every receiver of a route for which {@link #firesRoute} is true, in dispatch order,
   * discarding what they return: the allocation-free {@link Signal#fire}, written as one
   * straight-line method per route, so that a send costs about what calling the receivers by hand
   * costs.
   *
   * @throws RouteFailure if a receiver throws an {@link Exception}, naming that receiver; later
   *     receivers are not called
   * @throws UnsupportedOperationException for a route that {@link #firesRoute} does not claim
   */
  default void fire(int route, Object[] instances, Class<?> sender, Object payload) {
    throw new UnsupportedOperationException(name() + " has no straight-line method for route " + route);
  }

  /** Every receiver of a signal, whatever its sender, in dispatch order: for introspection. */
  int[] allReceivers(int signalId);

  /**
   * The receivers of a signal declared with {@link Receiver#includeSubclasses()}, in dispatch
   * order. The runtime matches them against a sender's supertypes once per sender class.
   */
  int[] subclassReceivers(int signalId);

  /** Describes a receiver, for introspection, ordering and error messages. */
  ReceiverInfo describe(int receiverId);

  /**
   * Creates the objects that instance receivers are called on, once per installation. Classes
   * marked {@link Supplied} come from {@code source}, which throws if the application supplied
   * none; the others are constructed directly.
   *
   * @return the instances, indexed by the slot numbers that {@link #invoke} uses
   */
  Object[] createInstances(InstanceSource source);

  /**
   * Calls one receiver.
   *
   * @param receiverId the receiver
   * @param instances what {@link #createInstances} returned for this installation
   * @param sender the sender of the send, possibly null
   * @param payload the payload, an instance of the receiver's signal type
   * @return the receiver's return value, or null for a {@code void} receiver
   * @throws Exception whatever the receiver throws, unchanged
   */
  Object invoke(int receiverId, Object[] instances, Class<?> sender, Object payload)
      throws Exception;
}
