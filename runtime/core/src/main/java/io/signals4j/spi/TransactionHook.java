package io.signals4j.spi;

/**
 * Lets the runtime see the transaction a send is made in, so that {@linkplain
 * io.signals4j.Phase#AFTER_COMMIT after-commit} receivers wait for it. Integrations with a
 * transaction manager implement it (the Hibernate module does for Hibernate's transactions) and
 * add it with {@link io.signals4j.Signals.Builder#transactions} or {@link
 * io.signals4j.Signals#addTransactionHook}.
 *
 * <p>Implementations must be thread-safe and cheap when no transaction is active: the runtime asks
 * on every send that reaches a deferred receiver, and only then.
 */
@FunctionalInterface
public interface TransactionHook {

  /**
   * If a transaction is active on the calling thread, arranges for {@code completion} to be called
   * exactly once when it ends, and returns true; otherwise returns false and never calls it.
   *
   * @param completion called with {@code true} after a commit and {@code false} after a rollback
   * @return whether a transaction was active and will report its outcome
   */
  boolean afterCompletion(TransactionCompletion completion);

  /** Told the outcome of one transaction. */
  @FunctionalInterface
  interface TransactionCompletion {

    /**
     * The transaction has ended.
     *
     * @param committed true if it committed, false if it rolled back
     */
    void completed(boolean committed);
  }
}
