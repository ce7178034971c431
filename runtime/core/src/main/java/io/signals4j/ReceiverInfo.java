package io.signals4j;

import io.signals4j.internal.UsedByGeneratedCode;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * What is known about a connected receiver: the answer to Django's classic "what is connected to
 * this signal?".
 *
 * @param name a readable name: {@code Mailer.sendReceipt(OrderPlaced)} for a declared receiver,
 *     the name given with {@link Connect#named} or one derived from the class for a connected one
 * @param signal the payload type of the signal
 * @param sender the only sender the receiver hears, or null for any sender
 * @param includeSubclasses whether subclasses of {@code sender} are heard too
 * @param order the receiver's order; lower runs first
 * @param dispatchUid the receiver's dispatch uid, or null
 * @param phase when the receiver runs relative to the transaction of the send
 * @param origin the fully qualified name of the registry that declared the receiver, or {@value
 *     #CONNECTED} for a receiver connected at run time
 * @param weak whether the receiver is dropped once its owner is garbage collected
 * @serial exclude
 */
// Left out of the "Serialized Form" page: a record's serialized form is its components, documented
// above, and javadoc 17 would ask for comments on the private fields behind them, which a record
// cannot have (JDK-8275199, fixed in 18).
@SuppressWarnings("serial") // records serialize through their components, all serializable
public record ReceiverInfo(
    String name,
    Class<?> signal,
    Class<?> sender,
    boolean includeSubclasses,
    int order,
    String dispatchUid,
    Phase phase,
    String origin,
    boolean weak)
    implements Serializable {

  /** The {@link #origin()} of receivers connected at run time. */
  public static final String CONNECTED = "connected";

  /**
   * Checks the components.
   *
   * @param name a readable name, such as {@code Mailer.sendReceipt(OrderPlaced)}
   * @param signal the payload type of the signal
   * @param sender the only sender the receiver hears, or null for any sender
   * @param includeSubclasses whether subclasses of {@code sender} are heard too
   * @param order the receiver's order; lower runs first
   * @param dispatchUid the receiver's dispatch uid, or null for none
   * @param phase when the receiver runs relative to the transaction of the send
   * @param origin the name of the declaring registry, or {@value #CONNECTED}
   * @param weak whether the receiver is dropped once its owner is garbage collected
   * @throws NullPointerException if {@code name}, {@code signal}, {@code phase} or {@code origin}
   *     is null
   */
  public ReceiverInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * Describes a receiver declared with {@link Receiver} that runs during the send; {@code sender}
   * is null for any sender and {@code dispatchUid} is null for none.
   *
   * @param name a readable name, such as {@code Mailer.sendReceipt(OrderPlaced)}
   * @param signal the payload type of the signal
   * @param sender the only sender the receiver hears, or null for any sender
   * @param includeSubclasses whether subclasses of {@code sender} are heard too
   * @param order the receiver's order; lower runs first
   * @param dispatchUid the receiver's dispatch uid, or null for none
   * @param registry the fully qualified name of the registry that declares the receiver
   * @return a description with phase {@link Phase#DURING_SEND}, not weak
   * @throws NullPointerException if {@code name}, {@code signal} or {@code registry} is null
   */
  @UsedByGeneratedCode
  public static ReceiverInfo declared(
      String name,
      Class<?> signal,
      Class<?> sender,
      boolean includeSubclasses,
      int order,
      String dispatchUid,
      String registry) {
    return declared(
        name, signal, sender, includeSubclasses, order, dispatchUid, Phase.DURING_SEND, registry);
  }

  /**
   * Describes a receiver declared with {@link Receiver}, with its {@link Receiver#phase()}.
   *
   * @param name a readable name, such as {@code Mailer.sendReceipt(OrderPlaced)}
   * @param signal the payload type of the signal
   * @param sender the only sender the receiver hears, or null for any sender
   * @param includeSubclasses whether subclasses of {@code sender} are heard too
   * @param order the receiver's order; lower runs first
   * @param dispatchUid the receiver's dispatch uid, or null for none
   * @param phase the declared {@link Receiver#phase()}
   * @param registry the fully qualified name of the registry that declares the receiver
   * @return a description of a declared receiver, never weak
   * @throws NullPointerException if {@code name}, {@code signal}, {@code phase} or {@code registry}
   *     is null
   */
  @UsedByGeneratedCode
  public static ReceiverInfo declared(
      String name,
      Class<?> signal,
      Class<?> sender,
      boolean includeSubclasses,
      int order,
      String dispatchUid,
      Phase phase,
      String registry) {
    return new ReceiverInfo(
        name, signal, sender, includeSubclasses, order, dispatchUid, phase, registry, false);
  }

  /**
   * Whether the receiver waits for the transaction of the send instead of running in it.
   *
   * @return true for every phase but {@link Phase#DURING_SEND}
   */
  public boolean deferred() {
    return phase != Phase.DURING_SEND;
  }

  /**
   * Whether a send from {@code candidate} reaches this receiver, ignoring muting: by identity, as
   * in Django, or by {@code isAssignableFrom} when subclasses are included.
   *
   * @param candidate the sender of a send, or null for a send without sender
   * @return true if this receiver hears any sender, or hears {@code candidate}; false for a send
   *     without sender to a receiver of one sender
   */
  public boolean hears(Class<?> candidate) {
    if (sender == null) {
      return true;
    }
    if (candidate == null) {
      return false;
    }
    return sender == candidate || (includeSubclasses && sender.isAssignableFrom(candidate));
  }

  @Override
  public String toString() {
    return name
        + " on "
        + signal.getName()
        + (sender == null ? " from any sender" : " from " + sender.getName())
        + (includeSubclasses ? " and its subclasses" : "")
        + (order != 0 ? ", order " + order : "")
        + (dispatchUid != null ? ", uid '" + dispatchUid + "'" : "")
        + (phase != Phase.DURING_SEND ? ", " + phase.name().toLowerCase(Locale.ROOT) : "")
        + (weak ? ", weak" : "")
        + " (" + origin + ")";
  }
}
