package io.signals4j;

/**
 * One receiver's answer to a send: Django's {@code (receiver, response)} pair.
 *
 * @param receiver the receiver that answered
 * @param value what it returned: null for a {@code void} receiver; after {@link Signal#sendAsync},
 *     the completed value of a returned {@code CompletionStage}
 * @param error the exception it threw, only ever set by the robust sends; null otherwise
 */
public record Response(ReceiverInfo receiver, Object value, Exception error) {

  /**
   * Whether the receiver failed; only the robust sends return failed responses.
   *
   * @return true if {@link #error()} is set, in which case {@link #value()} is null
   */
  public boolean failed() {
    return error != null;
  }
}
