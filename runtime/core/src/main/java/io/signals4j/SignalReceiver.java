package io.signals4j;

/**
 * A receiver connected at run time with {@link Signal#connect(SignalReceiver, Connect)}.
 *
 * <p>The parameters come in the order of a {@link Receiver} method's, so a method reference to a
 * declared receiver can be connected too. Its response to a {@link Signal#send} is null, even when
 * the lambda's expression has a value: connect a {@link SignalResponder} with {@link
 * Signal#connectResponder} to answer sends.
 *
 * @param <P> the payload type of the signal
 */
@FunctionalInterface
public interface SignalReceiver<P> {

  /**
   * Handles one send.
   *
   * @param payload the payload, never null
   * @param sender the sender of the send, or null for a send without sender
   * @throws Exception anything; {@link Signal#send} wraps it in a {@link ReceiverException} and
   *     {@link Signal#sendRobust} turns it into this receiver's response
   */
  void receive(P payload, Class<?> sender) throws Exception;
}
