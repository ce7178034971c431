package io.signals4j;

/**
 * One receiver's answer to a send: Django's {@code (receiver, response)} pair.
 *
 * @param receiver the receiver that answered
 * @param value what it returned: null for a {@code void} receiver; after {@link Signal#sendAsync},
 *     the completed value of a returned {@code CompletionStage}
 * @param error the exception it threw: set by the robust sends, and for the receivers that ran
 *     after a transaction as a {@link io.signals4j.spi.SendObserver#deferredRan SendObserver} is
 *     told of them; null otherwise
 */
public record Response(ReceiverInfo receiver, Object value, Exception error) {

  /**
   * Whether the receiver failed; of the sends, only the robust ones return failed responses.
   *
   * @return true if {@link #error()} is set, in which case {@link #value()} is null
   */
  public boolean failed() {
    return error != null;
  }
}
