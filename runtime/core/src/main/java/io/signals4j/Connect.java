package io.signals4j;

import java.util.Objects;

/**
 * How a receiver is connected at run time: the keyword arguments of Django's {@code
 * connect(receiver, sender=None, dispatch_uid=None)}, plus what Django lacks.
 *
 * <pre>{@code
 * signal.connect(receiver);                                        // any sender
 * signal.connect(receiver, Connect.sender(User.class));            // sends from User only
 * signal.connect(receiver, Connect.sender(Event.class).includeSubclasses().order(-10));
 * signal.connect(receiver, Connect.sender(User.class).phase(Phase.AFTER_COMMIT));
 * signal.disconnect(receiver, Connect.sender(User.class));         // same options as connect
 * }</pre>
 *
 * <p>Instances are immutable; every method that configures returns a new one.
 */
public final class Connect {

  private static final Connect ANY_SENDER =
      new Connect(null, false, null, 0, null, Phase.DURING_SEND);

  private final Class<?> sender;
  private final boolean includeSubclasses;
  private final String dispatchUid;
  private final int order;
  private final String name;
  private final Phase phase;

  private Connect(
      Class<?> sender,
      boolean includeSubclasses,
      String dispatchUid,
      int order,
      String name,
      Phase phase) {
    if (includeSubclasses && sender == null) {
      throw new IllegalArgumentException(
          "includeSubclasses needs a sender: a receiver for any sender already hears every"
              + " subclass");
    }
    this.sender = sender;
    this.includeSubclasses = includeSubclasses;
    // Django treats a falsy uid as no uid.
    this.dispatchUid = dispatchUid == null || dispatchUid.isEmpty() ? null : dispatchUid;
    this.order = order;
    this.name = name;
    this.phase = Objects.requireNonNull(phase, "phase");
  }

  /** Any sender, no uid, order 0. */
  public static Connect anySender() {
    return ANY_SENDER;
  }

  /** Only sends from exactly {@code sender}; {@code null} means any sender. */
  public static Connect sender(Class<?> sender) {
    return new Connect(sender, false, null, 0, null, Phase.DURING_SEND);
  }

  /** A copy that also hears subclasses and implementations of the sender. */
  public Connect includeSubclasses() {
    return new Connect(sender, true, dispatchUid, order, name, phase);
  }

  /**
   * A copy identified by {@code uid} rather than by the receiver object, like Django's {@code
   * dispatch_uid}; an empty uid means none, as a falsy one does in Django.
   */
  public Connect dispatchUid(String uid) {
    return new Connect(sender, includeSubclasses, uid, order, name, phase);
  }

  /** A copy with the given order; lower runs first. */
  public Connect order(int order) {
    return new Connect(sender, includeSubclasses, dispatchUid, order, name, phase);
  }

  /** A copy that introspection and error messages show as {@code name}. */
  public Connect named(String name) {
    return new Connect(sender, includeSubclasses, dispatchUid, order, name, phase);
  }

  /**
   * A copy that runs the receiver in {@code phase} of the transaction of the send, for example
   * {@link Phase#AFTER_COMMIT}: Django's {@code transaction.on_commit} without the wrapping.
   */
  public Connect phase(Phase phase) {
    return new Connect(sender, includeSubclasses, dispatchUid, order, name, phase);
  }

  /** The only sender heard, or null for any sender. */
  public Class<?> sender() {
    return sender;
  }

  /** Whether sends from subclasses of {@link #sender()} are heard too. */
  public boolean subclassesIncluded() {
    return includeSubclasses;
  }

  /** The dispatch uid, or null. */
  public String dispatchUid() {
    return dispatchUid;
  }

  /** The order; lower runs first. */
  public int order() {
    return order;
  }

  /** The name given with {@link #named}, or null. */
  public String name() {
    return name;
  }

  /** When the receiver runs relative to the transaction of the send. */
  public Phase phase() {
    return phase;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Connect that
        && sender == that.sender
        && includeSubclasses == that.includeSubclasses
        && Objects.equals(dispatchUid, that.dispatchUid)
        && order == that.order
        && Objects.equals(name, that.name)
        && phase == that.phase;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sender, includeSubclasses, dispatchUid, order, name, phase);
  }

  @Override
  public String toString() {
    return "Connect[sender=" + (sender == null ? "any" : sender.getName())
        + (includeSubclasses ? " and subclasses" : "")
        + (dispatchUid != null ? ", dispatchUid=" + dispatchUid : "")
        + (order != 0 ? ", order=" + order : "")
        + (name != null ? ", name=" + name : "")
        + (phase != Phase.DURING_SEND ? ", phase=" + phase : "")
        + "]";
  }
}
