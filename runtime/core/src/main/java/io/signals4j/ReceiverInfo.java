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
 */
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

  /** Checks the components; {@code phase} may not be null. */
  public ReceiverInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * Describes a receiver declared with {@link Receiver} that runs during the send; {@code sender}
   * is null for any sender and {@code dispatchUid} is null for none.
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

  /** Describes a receiver declared with {@link Receiver}, with its {@link Receiver#phase()}. */
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

  /** Whether the receiver waits for the transaction of the send instead of running in it. */
  public boolean deferred() {
    return phase != Phase.DURING_SEND;
  }

  /** Whether a send from {@code candidate} reaches this receiver, ignoring muting. */
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
