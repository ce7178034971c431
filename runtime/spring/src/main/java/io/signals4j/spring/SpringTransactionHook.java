package io.signals4j.spring;

import io.signals4j.spi.TransactionHook;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets {@linkplain io.signals4j.Phase#AFTER_COMMIT after-commit} and {@linkplain
 * io.signals4j.Phase#AFTER_ROLLBACK after-rollback} receivers wait for the Spring transaction of
 * the send: a send made in a {@code @Transactional} method, or in a {@code TransactionTemplate}
 * callback, under any {@code PlatformTransactionManager} that synchronizes (all of Spring's do by
 * default). {@link EnableSignals} adds it; without Spring's configuration, pass it to the builder:
 *
 * <pre>{@code
 * Signals signals = Signals.builder()
 *     .install(AppSignals.REGISTRY)
 *     .transactions(new SpringTransactionHook())
 *     .ready();
 * }</pre>
 *
 * <p>This is Django's {@code transaction.on_commit} in a Spring application, and what Spring's own
 * {@code @TransactionalEventListener} does, with one difference: a send made outside any
 * transaction runs its after-commit receivers at once, where Spring's listener drops the event
 * unless {@code fallbackExecution} is set.
 *
 * <p>A transaction counts when synchronization is active and a real transaction is, as
 * {@link TransactionSynchronizationManager#isActualTransactionActive()} tells: inside an empty
 * {@code SUPPORTS} scope there is nothing to wait for. The receivers run in the synchronization's
 * {@code afterCompletion} on the thread that completes the outermost transaction, while its
 * resources are still bound to the thread: database work they do through Spring would join the
 * finished transaction and never commit, so give such work a transaction of its own ({@code
 * REQUIRES_NEW}), as Spring's documentation of {@code afterCompletion} says. A {@code NESTED} scope or an inner {@code REQUIRED} one
 * waits for the outer transaction; a {@code REQUIRES_NEW} one has its own. When the transaction
 * manager reports an unknown outcome (a heuristic completion), neither after-commit nor
 * after-rollback receivers run, as with Spring's listener, and that is logged at {@code WARNING}
 * on the {@code System.Logger} named {@code io.signals4j.spring}.
 */
public final class SpringTransactionHook implements TransactionHook {

  private static final System.Logger LOG = System.getLogger("io.signals4j.spring");

  /** A hook that asks Spring's synchronization of the calling thread. */
  public SpringTransactionHook() {}

  /**
   * Registers a synchronization with the transaction of the calling thread, if there is one.
   *
   * @param completion told once whether the transaction committed
   * @return whether a Spring transaction with synchronization is active on this thread
   */
  @Override
  public boolean afterCompletion(TransactionCompletion completion) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      return false;
    }
    TransactionSynchronizationManager.registerSynchronization(new Outcome(completion));
    return true;
  }

  @Override
  public String toString() {
    return "SpringTransactionHook";
  }

  /** Hands the outcome of one transaction to the deferred receivers of one send. */
  private static final class Outcome implements TransactionSynchronization {
    private final TransactionCompletion completion;

    Outcome(TransactionCompletion completion) {
      this.completion = completion;
    }

    @Override
    public void afterCompletion(int status) {
      switch (status) {
        case STATUS_COMMITTED -> completion.completed(true);
        case STATUS_ROLLED_BACK -> completion.completed(false);
        default -> LOG.log(
            System.Logger.Level.WARNING,
            "A Spring transaction ended with an unknown outcome; receivers waiting for its commit"
                + " or rollback did not run");
      }
    }
  }
}
