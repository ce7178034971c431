package io.signals4j;

/**
 * A receiver bound to an owner object that the signal holds only weakly: once the owner is
 * garbage collected, the receiver is gone. See {@link Signal#connectWeak}.
 *
 * <p>The owner is handed in on every call rather than captured, so that the receiver itself keeps
 * nothing alive. Write it as a method reference on the owner's class ({@code Screen::refresh}) or
 * as a lambda that uses its first parameter; a lambda that captures the owner would pin it in
 * memory for as long as the signal lives, and the receiver would never go away.
 *
 * @param <O> the owner type
 * @param <P> the payload type of the signal
 */
@FunctionalInterface
public interface WeakReceiver<O, P> {

  /**
   * Handles one send on behalf of a live owner.
   *
   * @param owner the owner, strongly held for the duration of the call
   * @param payload the payload, never null
   * @param sender the sender of the send, or null for a send without sender
   * @throws Exception anything; see {@link SignalReceiver#receive}
   */
  void receive(O owner, P payload, Class<?> sender) throws Exception;
}
