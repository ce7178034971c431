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

  /**
   * The options of a plain {@code connect(receiver)}: any sender, no uid, order 0, run during the
   * send.
   *
   * @return the shared instance of those options, never null
   */
  public static Connect anySender() {
    return ANY_SENDER;
  }

  /**
   * Only sends from exactly {@code sender}, as Django's {@code sender=} matches by identity; chain
   * {@link #includeSubclasses()} to hear its subclasses too.
   *
   * @param sender the class whose sends are heard, or null for any sender
   * @return new options for that sender, with no uid, order 0, run during the send
   */
  public static Connect sender(Class<?> sender) {
    return new Connect(sender, false, null, 0, null, Phase.DURING_SEND);
  }

  /**
   * A copy that also hears subclasses and implementations of the sender.
   *
   * @return a copy of these options that matches the sender by {@code isAssignableFrom}
   * @throws IllegalArgumentException if these options have no sender, since a receiver for any
   *     sender already hears every subclass
   */
  public Connect includeSubclasses() {
    return new Connect(sender, true, dispatchUid, order, name, phase);
  }

  /**
   * A copy identified by {@code uid} rather than by the receiver object, like Django's {@code
   * dispatch_uid}; an empty uid means none, as a falsy one does in Django.
   *
   * @param uid the identity of the connection, or null or empty for none
   * @return a copy of these options with that uid
   */
  public Connect dispatchUid(String uid) {
    return new Connect(sender, includeSubclasses, uid, order, name, phase);
  }

  /**
   * A copy with the given order; lower runs first. Where receivers of equal order run is described
   * under "Order" in {@link Signal}.
   *
   * @param order any int; 0 is the default
   * @return a copy of these options with that order
   */
  public Connect order(int order) {
    return new Connect(sender, includeSubclasses, dispatchUid, order, name, phase);
  }

  /**
   * A copy that introspection and error messages show as {@code name}: a lambda has no readable
   * name of its own.
   *
   * @param name the name to show, or null for one derived from the receiver
   * @return a copy of these options with that name
   */
  public Connect named(String name) {
    return new Connect(sender, includeSubclasses, dispatchUid, order, name, phase);
  }

  /**
   * A copy that runs the receiver in {@code phase} of the transaction of the send, for example
   * {@link Phase#AFTER_COMMIT}: Django's {@code transaction.on_commit} without the wrapping.
   *
   * @param phase when the receiver runs, not null
   * @return a copy of these options with that phase
   * @throws NullPointerException if {@code phase} is null
   */
  public Connect phase(Phase phase) {
    return new Connect(sender, includeSubclasses, dispatchUid, order, name, phase);
  }

  /**
   * The sender these options listen to.
   *
   * @return the only sender heard (with its subclasses if {@link #subclassesIncluded()}), or null
   *     for any sender
   */
  public Class<?> sender() {
    return sender;
  }

  /**
   * Whether sends from subclasses of {@link #sender()} are heard too.
   *
   * @return true after {@link #includeSubclasses()}, false for an exact sender or any sender
   */
  public boolean subclassesIncluded() {
    return includeSubclasses;
  }

  /**
   * The identity of the connection that replaces the receiver object's own.
   *
   * @return the dispatch uid, or null if the receiver object identifies the connection
   */
  public String dispatchUid() {
    return dispatchUid;
  }

  /**
   * Where the receiver runs among the others of its signal.
   *
   * @return the order, 0 unless set; lower runs first
   */
  public int order() {
    return order;
  }

  /**
   * The name that introspection and error messages show.
   *
   * @return the name given with {@link #named}, or null if the receiver's own is used
   */
  public String name() {
    return name;
  }

  /**
   * When the receiver runs relative to the transaction of the send.
   *
   * @return the phase, {@link Phase#DURING_SEND} unless set; never null
   */
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
