package io.signals4j;

/**
 * A receiver connected at run time with {@link Signal#connect(SignalReceiver, Connect)}.
 *
 * <p>Its response to a {@link Signal#send} is null; connect a {@link SignalResponder} to give one.
 *
 * @param <P> the payload type of the signal
 */
@FunctionalInterface
public interface SignalReceiver<P> {

  /**
   * Handles one send.
   *
   * @param sender the sender of the send, or null for a send without sender
   * @param payload the payload, never null
   * @throws Exception anything; {@link Signal#send} wraps it in a {@link ReceiverException} and
   *     {@link Signal#sendRobust} turns it into this receiver's response
   */
  void receive(Class<?> sender, P payload) throws Exception;
}
