package io.signals4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sends nested deeper than the {@linkplain Signals.Builder#recursionLimit(int) limit} on one
 * thread: almost always a receiver that re-sends, directly or through other signals, without end,
 * such as a {@code post_save} receiver that saves its instance again. Thrown instead of the {@link
 * StackOverflowError} that would follow: by {@code send}, {@code sendRobust} and the asynchronous
 * sends when the limit of sends is already in progress, and in place of the overflow that a loop
 * of {@code fire}s ends in, which counts nothing on its way in to stay cheap.
 *
 * <p>A plain send lets it pass through every receiver on the way out unwrapped, each adding itself
 * to {@link #receivers()}, so that the caller sees one exception naming the loop. A robust send
 * reports it as the response of the receiver that made the send, like any other failure, and then
 * goes on.
 */
public final class RecursiveSendException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many receivers the message names; the list keeps them all. */
  private static final int NAMED = 6;

  private final Class<?> signal;
  private final int limit;

  /** The receivers the exception passed through, innermost first. Confined to the thread. */
  private final ArrayList<ReceiverInfo> receivers = new ArrayList<>();

  RecursiveSendException(Class<?> signal, int limit) {
    this.signal = signal;
    this.limit = limit;
  }

  /** The signal whose send went over the limit. */
  public Class<?> signal() {
    return signal;
  }

  /** The limit: how many sends may be in progress on one thread. */
  public int limit() {
    return limit;
  }

  /** The receivers that were sending when the limit was reached, innermost first. */
  public List<ReceiverInfo> receivers() {
    return Collections.unmodifiableList(receivers);
  }

  void passedThrough(ReceiverInfo receiver) {
    receivers.add(receiver);
  }

  @Override
  public String getMessage() {
    StringBuilder message = new StringBuilder()
        .append("Send of signal ")
        .append(signal.getName())
        .append(": more than ")
        .append(limit)
        .append(" sends nested on this thread, so a receiver is most likely re-sending without"
            + " end (raise Signals.builder().recursionLimit(...) if the nesting is intended)");
    if (!receivers.isEmpty()) {
      message.append("; receivers, innermost first: ");
      for (int i = 0; i < Math.min(NAMED, receivers.size()); i++) {
        message.append(i == 0 ? "" : " <- ").append(receivers.get(i).name());
      }
      if (receivers.size() > NAMED) {
        message.append(" <- ... (").append(receivers.size() - NAMED).append(" more)");
      }
    }
    return message.toString();
  }
}
