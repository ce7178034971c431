package io.signals4j.junit;

import io.signals4j.spi.TransactionHook;
import java.util.ArrayDeque;

/**
 * The transaction hook of a {@link SignalsExtension}: while a {@link TransactionCapture} is open on
 * the sending thread, the waiting receivers of every send go to it; otherwise it has no
 * transaction, so a hook left on the application's {@code Signals} after a test changes nothing.
 */
final class CapturingHook implements TransactionHook {

  /** The captures open on each thread, innermost first. */
  private final ThreadLocal<ArrayDeque<TransactionCapture>> open =
      ThreadLocal.withInitial(ArrayDeque::new);

  @Override
  public boolean afterCompletion(TransactionCompletion completion) {
    TransactionCapture capture = innermost();
    return capture != null && capture.hold(completion);
  }

  /** The innermost open capture of this thread, forgetting those closed from other threads. */
  private TransactionCapture innermost() {
    ArrayDeque<TransactionCapture> captures = open.get();
    while (!captures.isEmpty() && !captures.peek().isOpen()) {
      captures.pop();
    }
    if (captures.isEmpty()) {
      open.remove();
      return null;
    }
    return captures.peek();
  }

  void opened(TransactionCapture capture) {
    open.get().push(capture);
  }

  /** Forgets a capture; called on the thread that opened it, or at the end of its test. */
  void closed(TransactionCapture capture) {
    ArrayDeque<TransactionCapture> captures = open.get();
    captures.remove(capture);
    if (captures.isEmpty()) {
      open.remove();
    }
  }

  /** Tells the innermost capture of this thread of a send that has completed. */
  void observed(Class<?> signal, Class<?> sender, Object payload) {
    TransactionCapture capture = innermost();
    if (capture != null) {
      capture.observed(signal, sender, payload);
    }
  }

  @Override
  public String toString() {
    return "SignalsExtension's transaction capture";
  }
}
