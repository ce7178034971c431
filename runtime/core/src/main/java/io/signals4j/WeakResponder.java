package io.signals4j;

/**
 * A {@link WeakReceiver} whose return value is its response to the send, like a Django bound
 * method that returns something. Connect it with {@link
 * Signal#connectWeakResponder(Object, WeakResponder, Connect)}.
 *
 * @param <O> the owner type
 * @param <P> the payload type of the signal
 */
@FunctionalInterface
public interface WeakResponder<O, P> extends WeakReceiver<O, P> {

  /**
   * Handles one send on behalf of a live owner and answers it.
   *
   * @param owner the owner, strongly held for the duration of the call
   * @param payload the payload, never null
   * @param sender the sender of the send, or null for a send without sender
   * @return the response, possibly null
   * @throws Exception anything; see {@link SignalReceiver#receive}
   */
  Object respond(O owner, P payload, Class<?> sender) throws Exception;

  /** Responds and drops the response, for code that holds it as a plain receiver. */
  @Override
  default void receive(O owner, P payload, Class<?> sender) throws Exception {
    respond(owner, payload, sender);
  }
}
