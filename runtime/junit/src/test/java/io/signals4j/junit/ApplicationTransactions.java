package io.signals4j.junit;

import io.signals4j.spi.TransactionHook;
import java.util.ArrayList;
import java.util.List;

/**
 * The transactions of an application under test, as its persistence integration reports them: a
 * thread-bound transaction that the test begins and ends, as a test that rolls back does.
 */
final class ApplicationTransactions implements TransactionHook {

  private final ThreadLocal<List<TransactionCompletion>> active = new ThreadLocal<>();

  void begin() {
    active.set(new ArrayList<>());
  }

  /** Ends the thread's transaction; returns how many sends it held. */
  int end(boolean committed) {
    List<TransactionCompletion> completions = active.get();
    active.remove();
    for (TransactionCompletion completion : completions) {
      completion.completed(committed);
    }
    return completions.size();
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
