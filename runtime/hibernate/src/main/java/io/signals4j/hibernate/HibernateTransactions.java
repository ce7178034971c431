package io.signals4j.hibernate;

import io.signals4j.spi.TransactionHook;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.hibernate.resource.transaction.spi.TransactionCoordinator;
import org.hibernate.resource.transaction.spi.TransactionObserver;

/**
 * The Hibernate transactions active on each thread, for sends that must wait for one: the {@link
 * TransactionHook} of one session factory.
 *
 * <p>Every session's transaction coordinator carries an {@link Observer} (see {@link
 * TrackingCoordinatorBuilder}), which puts itself on the stack of the thread that begins the
 * transaction and takes itself off when it completes. A send asks for the innermost transaction of
 * its thread that is still active: a transaction begun while another one is active (a second
 * session) is the one a send inside it belongs to.
 */
final class HibernateTransactions implements TransactionHook {

  private static final System.Logger LOG = System.getLogger("io.signals4j.hibernate");

  /** Per thread, the observers of the transactions it began, innermost first. */
  private final ThreadLocal<Deque<Observer>> active = new ThreadLocal<>();

  @Override
  public boolean afterCompletion(TransactionCompletion completion) {
    Deque<Observer> stack = active.get();
    if (stack == null) {
      return false;
    }
    for (Iterator<Observer> it = stack.iterator(); it.hasNext(); ) {
      Observer observer = it.next();
      if (observer.coordinator.isTransactionActive()) {
        observer.add(completion);
        return true;
      }
      // A session closed with its transaction open never reports a completion.
      it.remove();
    }
    return false;
  }

  /** Observes the transactions of one session's coordinator, one after the other. */
  final class Observer implements TransactionObserver {

    private final TransactionCoordinator coordinator;
    /** Where the current transaction was pushed; null between transactions. Guarded by this. */
    private Deque<Observer> stack;
    /** Guarded by this. */
    private final List<TransactionCompletion> completions = new ArrayList<>(2);

    Observer(TransactionCoordinator coordinator) {
      this.coordinator = coordinator;
    }

    synchronized void add(TransactionCompletion completion) {
      completions.add(completion);
    }

    @Override
    public void afterBegin() {
      Deque<Observer> current = active.get();
      if (current == null) {
        // Concurrent: a JTA transaction may complete on a thread other than the one that began it.
        current = new ConcurrentLinkedDeque<>();
        active.set(current);
      }
      synchronized (this) {
        stack = current;
      }
      current.push(this);
    }

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(boolean successful, boolean delayed) {
      List<TransactionCompletion> due;
      synchronized (this) {
        if (stack != null) {
          stack.removeFirstOccurrence(this);
          stack = null;
        }
        due = new ArrayList<>(completions);
        completions.clear();
      }
      for (TransactionCompletion completion : due) {
        try {
          completion.completed(successful);
        } catch (RuntimeException e) {
          // The transaction has ended either way; what runs after it cannot change that, and the
          // other completions are owed their call.
          LOG.log(
              Level.ERROR,
              "A completion of a Hibernate transaction failed after it "
                  + (successful ? "committed" : "rolled back"),
              e);
        }
      }
    }
  }
}
