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
 * signal.disconnect(receiver, Connect.sender(User.class));         // same options as connect
 * }</pre>
 *
 * <p>Instances are immutable; every method that configures returns a new one.
 */
public final class Connect {

  private static final Connect ANY_SENDER = new Connect(null, false, null, 0, null);

  private final Class<?> sender;
  private final boolean includeSubclasses;
  private final String dispatchUid;
  private final int order;
  private final String name;

  private Connect(
      Class<?> sender, boolean includeSubclasses, String dispatchUid, int order, String name) {
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
  }

  /** Any sender, no uid, order 0. */
  public static Connect anySender() {
    return ANY_SENDER;
  }

  /** Only sends from exactly {@code sender}; {@code null} means any sender. */
  public static Connect sender(Class<?> sender) {
    return new Connect(sender, false, null, 0, null);
  }

  /** A copy that also hears subclasses and implementations of the sender. */
  public Connect includeSubclasses() {
    return new Connect(sender, true, dispatchUid, order, name);
  }

  /**
   * A copy identified by {@code uid} rather than by the receiver object, like Django's {@code
   * dispatch_uid}; an empty uid means none, as a falsy one does in Django.
   */
  public Connect dispatchUid(String uid) {
    return new Connect(sender, includeSubclasses, uid, order, name);
  }

  /** A copy with the given order; lower runs first. */
  public Connect order(int order) {
    return new Connect(sender, includeSubclasses, dispatchUid, order, name);
  }

  /** A copy that introspection and error messages show as {@code name}. */
  public Connect named(String name) {
    return new Connect(sender, includeSubclasses, dispatchUid, order, name);
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Connect that
        && sender == that.sender
        && includeSubclasses == that.includeSubclasses
        && Objects.equals(dispatchUid, that.dispatchUid)
        && order == that.order
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sender, includeSubclasses, dispatchUid, order, name);
  }

  @Override
  public String toString() {
    return "Connect[sender=" + (sender == null ? "any" : sender.getName())
        + (includeSubclasses ? " and subclasses" : "")
        + (dispatchUid != null ? ", dispatchUid=" + dispatchUid : "")
        + (order != 0 ? ", order=" + order : "")
        + (name != null ? ", name=" + name : "")
        + "]";
  }
}
