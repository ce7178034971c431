package io.signals4j;

/**
 * A receiver connected at run time whose return value is its response to the send, as in Django,
 * where {@code send} returns {@code [(receiver, response), ...]}.
 *
 * <p>Connect it with {@link Signal#connectResponder}. A responder is a {@link SignalReceiver} that
 * answers, so one handed to {@link Signal#connect} answers too. A separate method rather than an
 * overload of {@code connect}: Java cannot tell {@code (order, sender) -> log.info(order)} from
 * {@code (order, sender) -> stock.reserve(order)} by their shape, so one name would make the
 * commonest receiver, a lambda that calls a {@code void} method, fail to compile.
 *
 * <p>A response that is a {@link java.util.concurrent.CompletionStage} is awaited by {@link
 * Signal#sendAsync}, like an async receiver under Django's {@code asend}.
 *
 * @param <P> the payload type of the signal
 */
@FunctionalInterface
public interface SignalResponder<P> extends SignalReceiver<P> {

  /**
   * Handles one send and answers it.
   *
   * @param payload the payload, never null
   * @param sender the sender of the send, or null for a send without sender
   * @return the response, possibly null
   * @throws Exception anything; see {@link SignalReceiver#receive}
   */
  Object respond(P payload, Class<?> sender) throws Exception;

  /** Responds and drops the response, for code that holds it as a plain receiver. */
  @Override
  default void receive(P payload, Class<?> sender) throws Exception {
    respond(payload, sender);
  }
}
