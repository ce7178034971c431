package io.signals4j;

/**
 * A receiver threw during a send. The exception it threw is the {@linkplain #getCause() cause};
 * the message names the receiver, the signal and the sender.
 *
 * <p>{@link Signal#send} and {@link Signal#fire} throw it for the first failing receiver, after
 * which no further receiver runs. Errors ({@link Error} and its subclasses) are never wrapped: they
 * propagate unchanged from every kind of send.
 */
public final class ReceiverException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The receiver that threw. */
  private final ReceiverInfo receiver;

  /** The payload type of the signal that was being sent. */
  private final Class<?> signal;

  /** The sender of the send, or null for a send without sender. */
  private final Class<?> sender;

  ReceiverException(ReceiverInfo receiver, Class<?> signal, Class<?> sender, Throwable cause) {
    super(describe(receiver, signal, sender) + ": " + cause, cause);
    this.receiver = receiver;
    this.signal = signal;
    this.sender = sender;
  }

  static String describe(ReceiverInfo receiver, Class<?> signal, Class<?> sender) {
    return "Receiver "
        + receiver.name()
        + " failed on signal "
        + signal.getName()
        + (sender == null ? " sent without sender" : " sent by " + sender.getName());
  }

  /**
   * The receiver that threw.
   *
   * @return its description, whose name the message shows, with its sender, order and origin
   */
  public ReceiverInfo receiver() {
    return receiver;
  }

  /**
   * The signal that was being sent.
   *
   * @return the payload type of the signal
   */
  public Class<?> signal() {
    return signal;
  }

  /**
   * The sender of the send.
   *
   * @return the sender given to the send, or null for a send without sender
   */
  public Class<?> sender() {
    return sender;
  }
}
