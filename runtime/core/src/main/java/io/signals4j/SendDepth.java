package io.signals4j;

/**
 * How many sends are in progress on each thread, so that a receiver that re-sends without end
 * meets a {@link RecursiveSendException} instead of a {@link StackOverflowError}. Counted across
 * all signals, since the loop can run through several (a save that fires a signal whose receiver
 * saves again).
 */
final class SendDepth {

  /** One counter per thread; an array, so that counting writes no reference. */
  private static final ThreadLocal<int[]> DEPTH =
      new ThreadLocal<>() {
        @Override
        protected int[] initialValue() {
          return new int[1];
        }
      };

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
}
