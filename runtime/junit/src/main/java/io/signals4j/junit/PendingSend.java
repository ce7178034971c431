package io.signals4j.junit;

import io.signals4j.ReceiverInfo;
import java.util.List;

/**
 * One send whose after-commit and after-rollback receivers a {@link TransactionCapture} holds.
 *
 * @param signal the payload type of the signal, or null if the send could not be identified
 * @param sender the sender, or null for a send without sender or one not identified
 * @param payload the payload, or null if the send could not be identified
 * @param receivers the receivers that wait for the transaction, in dispatch order; empty if the
 *     send could not be identified
 */
public record PendingSend(
    Class<?> signal, Class<?> sender, Object payload, List<ReceiverInfo> receivers) {

  /**
   * Copies the receivers.
   *
   * @param signal the payload type of the signal, or null
   * @param sender the sender, or null
   * @param payload the payload, or null
   * @param receivers the waiting receivers
   */
  public PendingSend {
    receivers = List.copyOf(receivers);
  }

  /** A send the capture holds but could not identify: see {@link TransactionCapture#pending()}. */
  static final PendingSend UNIDENTIFIED = new PendingSend(null, null, null, List.of());

  /**
   * Whether the send was identified: a synchronous one ({@code send}, {@code sendRobust}, {@code
   * fire}) always is. An asynchronous one hands its waiting receivers to the capture on the calling
   * thread but completes on another, where the capture cannot tell it from other sends.
   *
   * @return whether {@link #signal()} is known
   */
  public boolean identified() {
    return signal != null;
  }

  @Override
  public String toString() {
    if (!identified()) {
      return "a send not identified";
    }
    return signal.getSimpleName() + " from " + (sender == null ? "no sender" : sender.getSimpleName())
        + ": " + payload + " waits in " + receivers.stream().map(ReceiverInfo::name).toList();
  }
}
