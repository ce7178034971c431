package io.signals4j.spi;

import io.signals4j.ReceiverInfo;
import java.util.List;

/**
 * Told of every send of a {@link io.signals4j.Signals} it is added to with {@link
 * io.signals4j.Signals#addSendObserver}: for test helpers that record sends, and for monitoring.
 * Applications receive signals with receivers, not with observers.
 *
 * <p>Observers cost nothing while none is added: the runtime resolves its routes with or without
 * them. With one added, every send is reported, muted ones and those that reach no receiver too.
 */
@FunctionalInterface
public interface SendObserver {

  /**
   * Called on the sending thread once a send has called its receivers, or failed.
   *
   * @param signal the payload type of the signal
   * @param sender the sender of the send, or null for a send without sender
   * @param payload the payload
   * @param reached the receivers the send called, in call order, the failing one last; receivers
   *     that wait for a transaction are not among them
   * @param failure what the send threw (a failed receiver's {@code ReceiverException}, say), or
   *     null if it completed
   */
  void sent(
      Class<?> signal, Class<?> sender, Object payload, List<ReceiverInfo> reached,
      Throwable failure);
}
