package io.signals4j;

/**
 * How many sends are in progress on each thread, so that a receiver that re-sends without end
 * meets a {@link RecursiveSendException} instead of a {@link StackOverflowError}. Counted across
 * all signals, since the loop can run through several (a save that fires a signal whose receiver
 * saves again).
 *
 * <p>{@code send}, {@code sendRobust} and the asynchronous sends count themselves in and out: they
 * allocate their responses anyway, and a thread-local counter is small beside that. {@code fire}
 * counts nothing, since on its path a thread-local lookup would cost more than calling the
 * receivers; a loop of fires runs until the stack overflows, and each fire the overflow passes on
 * its way out counts it. Once it has passed {@code limit} sends, it was a send loop rather than a
 * receiver's own deep recursion, and it goes on as a {@link RecursiveSendException}, which plain
 * sends pass up unwrapped and robust sends report as a response.
 */
final class SendDepth {

  /** Sends in progress; an array, so that counting writes no reference. */
  private static final ThreadLocal<int[]> DEPTH =
      new ThreadLocal<>() {
        @Override
        protected int[] initialValue() {
          return new int[1];
        }
      };

  /** The stack overflow now unwinding this thread, and how many fires it has passed. */
  private static final ThreadLocal<Overflow> OVERFLOW = new ThreadLocal<>();

  private static final class Overflow {
    final StackOverflowError error;
    int passed;

    Overflow(StackOverflowError error) {
      this.error = error;
    }
  }

  private SendDepth() {}

  /**
   * Counts a send of {@code signal} in; the caller counts it out with {@code depth[0]--} in a
   * {@code finally}.
   *
   * @return the thread's counter
   * @throws RecursiveSendException if {@code limit} sends are already in progress on this thread
   */
  static int[] enter(Class<?> signal, int limit) {
    int[] depth = DEPTH.get();
    if (depth[0] >= limit) {
      throw new RecursiveSendException(signal, limit);
    }
    depth[0]++;
    return depth;
  }

  /**
   * What a fire throws when a stack overflow passes it: the overflow itself, until it has passed
   * {@code limit} sends (counting those still in progress below it), then a {@link
   * RecursiveSendException}. Near the end of the stack this can overflow again; the new overflow
   * starts the count afresh, a little higher up, so that an unrelated overflow never inherits it.
   *
   * @return the {@link RecursiveSendException} to throw, typed as its superclass so that verifying
   *     {@link Signal}, whose {@code fire} throws it, does not load it while an application starts
   * @throws StackOverflowError the overflow, while it has passed fewer sends than the limit
   */
  static RuntimeException overflowed(
      Class<?> signal, int limit, StackOverflowError overflow) {
    Overflow current = OVERFLOW.get();
    if (current == null || current.error != overflow) {
      current = new Overflow(overflow);
      OVERFLOW.set(current);
    }
    if (++current.passed + DEPTH.get()[0] < limit) {
      throw overflow;
    }
    OVERFLOW.remove();
    return new RecursiveSendException(signal, limit);
  }
}
