package io.signals4j.junit;

import io.signals4j.ReceiverInfo;
import io.signals4j.Signals;
import io.signals4j.spi.TransactionHook.TransactionCompletion;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds the after-commit and after-rollback receivers of the sends a test makes, as though they
 * were made in a transaction that the test ends when it likes: Django's {@code
 * captureOnCommitCallbacks()}, for tests that roll back or have no transaction at all. Open one
 * with {@link RecordedSignals#captureTransaction()}:
 *
 * <pre>{@code
 * try (TransactionCapture transaction = recorded.captureTransaction()) {
 *   users.register("ada");
 *   assertEquals(1, transaction.pending().size());   // the welcome mail waits
 *   transaction.commit();                            // captureOnCommitCallbacks(execute=True)
 * }
 * }</pre>
 *
 * <p>A capture takes the sends made on the thread that opened it while it is open, before any
 * transaction of the application's own hooks could: the extension puts its hook first, on a fresh
 * {@code Signals} and on a {@linkplain SignalsExtension#wrapping wrapped} one alike, so a send
 * made in an open Hibernate or Spring transaction that the test will roll back is captured too.
 * Captures nest: the innermost takes the sends.
 *
 * <p>{@link #commit()} runs the after-commit receivers of every held send and {@link #rollBack()}
 * the after-rollback ones, once each, in the order of the sends, on the calling thread. They run
 * as after a real transaction: a send they make is not captured, and what they throw is logged by
 * the runtime (on the {@code System.Logger} named {@code io.signals4j}) and recorded in {@link
 * RecordedSignals#deferredRuns()}, not thrown, since it could not undo a commit either. Closing the capture drops what it still holds, as a test
 * transaction that is rolled back without after-rollback receivers would; the extension closes
 * every capture at the end of its test. Thread-safe.
 */
public final class TransactionCapture implements AutoCloseable {

  private final CapturingHook hook;
  private final Signals signals;
  private final Thread owner;

  /** Guarded by this: the held sends, and which of them are not identified yet. */
  private final List<Held> held = new ArrayList<>();

  private final List<Held> unidentified = new ArrayList<>();
  private boolean finishing;
  private boolean open = true;

  TransactionCapture(CapturingHook hook, Signals signals) {
    this.hook = hook;
    this.signals = signals;
    this.owner = Thread.currentThread();
    hook.opened(this);
  }

  /**
   * The sends whose waiting receivers this capture holds, in the order they were sent.
   *
   * @return the pending sends; a copy
   */
  public synchronized List<PendingSend> pending() {
    List<PendingSend> sends = new ArrayList<>(held.size());
    for (Held send : held) {
      sends.add(send.pending);
    }
    return List.copyOf(sends);
  }

  /**
   * Ends the held sends' transaction as a commit: runs their after-commit receivers.
   *
   * @return how many sends were held
   */
  public int commit() {
    return finish(true);
  }

  /**
   * Ends the held sends' transaction as a rollback: runs their after-rollback receivers.
   *
   * @return how many sends were held
   */
  public int rollBack() {
    return finish(false);
  }

  private int finish(boolean committed) {
    List<Held> finished;
    synchronized (this) {
      finished = new ArrayList<>(held);
      held.clear();
      unidentified.clear();
      finishing = true;
    }
    try {
      for (Held send : finished) {
        send.completion.completed(committed);
      }
    } finally {
      synchronized (this) {
        finishing = false;
      }
    }
    return finished.size();
  }

  /** Stops capturing and drops whatever is still held. Closing again does nothing. */
  @Override
  public void close() {
    synchronized (this) {
      if (!open) {
        return;
      }
      open = false;
      held.clear();
      unidentified.clear();
    }
    if (Thread.currentThread() == owner) {
      hook.closed(this);
    }
  }

  /** Takes the waiting receivers of a send unless this capture is running held ones. */
  synchronized boolean hold(TransactionCompletion completion) {
    if (!open || finishing) {
      return false;
    }
    Held send = new Held(completion);
    held.add(send);
    unidentified.add(send);
    return true;
  }

  /**
   * Names the held send that a completed send handed over. A synchronous send hands its waiting
   * receivers over before it calls the others and completes after them, and the sends those make
   * complete in between, so the send that completes is the last one handed over and not yet
   * named, if the send had waiting receivers at all.
   */
  void observed(Class<?> signal, Class<?> sender, Object payload) {
    synchronized (this) {
      if (unidentified.isEmpty()) {
        return;
      }
    }
    List<ReceiverInfo> waiting = new ArrayList<>();
    for (ReceiverInfo receiver : signals.signal(signal).receivers(sender)) {
      if (receiver.deferred()) {
        waiting.add(receiver);
      }
    }
    if (waiting.isEmpty()) {
      return;
    }
    synchronized (this) {
      if (!unidentified.isEmpty()) {
        Held send = unidentified.remove(unidentified.size() - 1);
        send.pending = new PendingSend(signal, sender, payload, waiting);
      }
    }
  }

  synchronized boolean isOpen() {
    return open;
  }

  @Override
  public synchronized String toString() {
    return "TransactionCapture" + pending();
  }

  /** One held send. */
  private static final class Held {
    final TransactionCompletion completion;
    PendingSend pending = PendingSend.UNIDENTIFIED;

    Held(TransactionCompletion completion) {
      this.completion = completion;
    }
  }
}
