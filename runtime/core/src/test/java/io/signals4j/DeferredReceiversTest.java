package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import io.signals4j.spi.TransactionHook;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Receivers that wait for the transaction of their send ({@link Phase}), against a transaction of
 * this test's own making through the {@link TransactionHook} seam; the Hibernate module's tests do
 * the same against real Hibernate transactions.
 */
class DeferredReceiversTest {

  /** Thread-bound transactions: begin, then commit or roll back, like a resource-local one. */
  static final class Transactions implements TransactionHook {
    private final ThreadLocal<List<TransactionCompletion>> active = new ThreadLocal<>();

    void begin() {
      active.set(new ArrayList<>());
    }

    void end(boolean committed) {
      List<TransactionCompletion> completions = active.get();
      active.remove();
      for (TransactionCompletion completion : completions) {
        completion.completed(committed);
      }
    }

    @Override
    public boolean afterCompletion(TransactionCompletion completion) {
      List<TransactionCompletion> completions = active.get();
      if (completions == null) {
        return false;
      }
      completions.add(completion);
      return true;
    }
  }

  private final Transactions transactions = new Transactions();
  private final Signals signals = Signals.builder().transactions(transactions).ready();
  private final Signal<Saved> saved = signals.signal(Saved.class);
  private final List<String> log = new CopyOnWriteArrayList<>();

  private void connectAll() {
    saved.connect((payload, sender) -> {
      log.add("during " + payload.id());
    }, Connect.anySender().named("during"));
    saved.connect((payload, sender) -> {
      log.add("committed " + payload.id());
    }, Connect.anySender().named("mail").phase(Phase.AFTER_COMMIT));
    saved.connect((payload, sender) -> {
      log.add("rolled back " + payload.id());
    }, Connect.anySender().named("undo").phase(Phase.AFTER_ROLLBACK));
  }

  @Test
  void afterCommitReceiversWaitForTheCommitAndAreNotResponses() {
    connectAll();
    transactions.begin();
    List<Response> responses = saved.send(User.class, new Saved("u1"));
    assertEquals(List.of("during u1"), log);
    assertEquals(1, responses.size(), "deferred receivers are not among the responses");

    transactions.end(true);

    assertEquals(List.of("during u1", "committed u1"), log);
  }

  @Test
  void afterRollbackReceiversRunOnlyOnRollback() {
    connectAll();
    transactions.begin();
    saved.fire(User.class, new Saved("u2"));

    transactions.end(false);

    assertEquals(List.of("during u2", "rolled back u2"), log);
  }

  @Test
  void withoutATransactionAfterCommitRunsAtOnceAndAfterRollbackNever() {
    connectAll();

    saved.send(User.class, new Saved("u3"));

    assertEquals(List.of("during u3", "committed u3"), log);
  }

  @Test
  void aFailingAfterCommitReceiverIsLoggedAndTheOthersStillRun() {
    saved.connect((payload, sender) -> {
      throw new IllegalStateException("mail server down");
    }, Connect.anySender().named("mail").phase(Phase.AFTER_COMMIT));
    saved.connect((payload, sender) -> {
      log.add("audit " + payload.id());
    }, Connect.anySender().named("audit").phase(Phase.AFTER_COMMIT));
    transactions.begin();
    saved.send(User.class, new Saved("u4"));

    transactions.end(true);

    assertEquals(List.of("audit u4"), log);
  }

  @Test
  void declaredAfterCommitReceiversWaitToo() {
    Signals withRegistry = Signals.builder()
        .install(new SingleReceiverRegistry.AfterCommit())
        .transactions(transactions)
        .ready();
    Saved payload = new Saved("u5");
    transactions.begin();

    withRegistry.signal(Saved.class).send(User.class, payload);
    assertEquals(List.of(), payload.log());
    assertTrue(withRegistry.signal(Saved.class).hasListeners(User.class));
    transactions.end(true);

    assertEquals(List.of("noted by com.acme.AfterCommitSignals"), payload.log());
  }

  @Test
  void aHookAddedLaterIsAskedToo() {
    Signals late = Signals.ready();
    late.signal(Saved.class).connect((payload, sender) -> {
      log.add("committed");
    }, Connect.anySender().phase(Phase.AFTER_COMMIT));
    late.addTransactionHook(transactions);
    late.addTransactionHook(transactions);
    transactions.begin();

    late.signal(Saved.class).send(User.class, new Saved());
    assertFalse(log.contains("committed"));
    transactions.end(true);

    assertEquals(List.of("committed"), log, "added once, so called once");
  }

  @Test
  void aRemovedHookIsNoLongerAsked() {
    connectAll();
    assertTrue(signals.removeTransactionHook(transactions));
    assertFalse(signals.removeTransactionHook(transactions));
    transactions.begin();

    saved.send(User.class, new Saved("u6"));

    assertEquals(List.of("during u6", "committed u6"), log, "no transaction seen: at once");
    transactions.end(true);
    assertEquals(List.of("during u6", "committed u6"), log);
  }

  @Test
  void aHookAddedFirstTakesTheSendsBeforeTheHooksAlreadyThere() {
    connectAll();
    Transactions first = new Transactions();
    signals.addTransactionHookFirst(first);
    transactions.begin();
    first.begin();

    saved.send(User.class, new Saved("u7"));
    transactions.end(true);
    assertEquals(List.of("during u7"), log, "the hook added first has the send");
    first.end(true);

    assertEquals(List.of("during u7", "committed u7"), log);
  }

  @Test
  void addingAHookFirstAgainMovesItToTheFrontAndKeepsItOnce() {
    connectAll();
    Transactions other = new Transactions();
    signals.addTransactionHook(other);
    signals.addTransactionHookFirst(other);
    signals.addTransactionHookFirst(other);
    signals.addTransactionHook(other);
    transactions.begin();
    other.begin();

    saved.send(User.class, new Saved("u8"));
    other.end(false);
    transactions.end(true);

    assertEquals(List.of("during u8", "rolled back u8"), log, "asked first, and once");
    assertTrue(signals.removeTransactionHook(other));
    assertFalse(signals.removeTransactionHook(other), "held once");
  }

  @Test
  void aHookMovedToTheFrontWhileOthersSendIsNeverMissed() throws InterruptedException {
    AtomicInteger atOnce = new AtomicInteger();
    AtomicInteger afterCommit = new AtomicInteger();
    ThreadLocal<Boolean> committing = ThreadLocal.withInitial(() -> false);
    saved.connect((payload, sender) -> {
      (committing.get() ? afterCommit : atOnce).incrementAndGet();
    }, Connect.anySender().phase(Phase.AFTER_COMMIT));
    Transactions other = new Transactions();
    int sends = 20_000;

    Workers.runConcurrently(worker -> {
      if (worker == 0) {
        for (int i = 0; i < sends; i++) {
          signals.addTransactionHookFirst(other);
          signals.addTransactionHookFirst(transactions);
          signals.removeTransactionHook(other);
        }
        return;
      }
      transactions.begin();
      for (int i = 0; i < sends; i++) {
        saved.send(User.class, new Saved());
      }
      committing.set(true);
      transactions.end(true);
    });

    assertEquals(0, atOnce.get(), "sends that missed the transaction and committed at once");
    assertEquals(sends * (Workers.THREADS - 1), afterCommit.get());
  }
}
