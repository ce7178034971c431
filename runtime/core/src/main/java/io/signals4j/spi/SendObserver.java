package io.signals4j.spi;

import io.signals4j.Phase;
import io.signals4j.ReceiverInfo;
import io.signals4j.Response;
import java.util.List;

/**
 * Told of every send of a {@link io.signals4j.Signals} it is added to with {@link
 * io.signals4j.Signals#addSendObserver}, and of every run of the receivers that waited for a send's
 * transaction: for test helpers that record sends, for {@link io.signals4j.SendLog}, and for
 * monitoring. Applications receive signals with receivers, not with observers.
 *
 * <p>Observers cost nothing while none is added: the runtime resolves its routes with or without
 * them. With one added, every send is reported, muted ones and those that reach no receiver too.
 * An observer runs on the thread that reports to it and must not throw: what it throws reaches the
 * code that sent, or that ended the transaction.
 */
@FunctionalInterface
public interface SendObserver {

  /**
   * Called once a send has called its receivers, or failed: on the sending thread, or for an
   * asynchronous send on the thread that called its receivers, before the stages they returned
   * complete. The same for {@code fire}, {@code send}, {@code sendRobust} and the asynchronous
   * sends: a {@code sendRobust} whose receivers failed completed, and its failures are its
   * responses.
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

  /**
   * Called once the receivers of a send that waited for its transaction have run, on the thread
   * that ran them: the thread that committed or rolled back, or the sending thread for a send made
   * outside a transaction, whose after-commit receivers run as it ends (and are then reported
   * before its {@link #sent}). Not called when none of the send's waiting receivers was due, such
   * as after-commit ones after a rollback. Does nothing unless overridden.
   *
   * <p>This is where their failures show: they cannot undo a commit, so the runtime logs them at
   * {@code ERROR} on the {@code System.Logger} named {@code io.signals4j} and runs the others,
   * and throws nothing.
   *
   * @param signal the payload type of the signal
   * @param sender the sender of the send, or null for a send without sender
   * @param payload the payload
   * @param phase {@link Phase#AFTER_COMMIT} or {@link Phase#AFTER_ROLLBACK}: which ones ran
   * @param responses one per receiver that ran, in call order; unmodifiable. A failed one's
   *     {@link Response#error()} is what it threw
   */
  default void deferredRan(
      Class<?> signal, Class<?> sender, Object payload, Phase phase, List<Response> responses) {}
}
