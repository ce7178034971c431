package io.signals4j;

/**
 * A receiver connected at run time whose return value is its response to the send, as in Django
 * where {@code send} returns {@code [(receiver, response), ...]}.
 *
 * <p>A response that is a {@link java.util.concurrent.CompletionStage} is awaited by {@link
 * Signal#sendAsync}, like an async receiver under Django's {@code asend}.
 *
 * @param <P> the payload type of the signal
 */
@FunctionalInterface
public interface SignalResponder<P> {

  /**
   * Handles one send and answers it.
   *
   * @param payload the payload, never null
   * @param sender the sender of the send, or null for a send without sender
   * @return the response, possibly null
   * @throws Exception anything; see {@link SignalReceiver#receive}
   */
  Object respond(P payload, Class<?> sender) throws Exception;
}
