package io.signals4j;

import java.lang.System.Logger.Level;
import java.util.ServiceConfigurationError;

/**
 * What a send makes of a receiver's exception, in one place so that every kind of send treats it
 * alike: the thread's interrupt status is restored, a {@link RecursiveSendException} passes through
 * with the receiver added to its chain, and anything else becomes a {@link ReceiverException}.
 */
final class Failures {

  /**
   * The logger of failures that a send reports instead of throwing, created on first use: setting
   * up the JVM's logging costs milliseconds at start-up. A plain volatile field rather than a holder
   * class, because a holder whose initialisation fails (a stack overflow in a deep send, say) stays
   * broken for the life of the JVM, and so would every robust send.
   */
  private static volatile System.Logger logger;

  private Failures() {}

  /**
   * The exception for a receiver that threw {@code cause} during a send.
   *
   * @param cause what the receiver threw: an {@link Exception}, or another non-{@link Error}
   *     {@link Throwable} from a failed stage
   */
  static RuntimeException ofReceiver(
      ReceiverInfo receiver, Class<?> signal, Class<?> sender, Throwable cause) {
    if (cause instanceof RecursiveSendException recursion) {
      recursion.passedThrough(receiver);
      return recursion;
    }
    restoreInterrupt(cause);
    return new ReceiverException(receiver, signal, sender, cause);
  }

  /**
   * Sets the thread's interrupt status again if {@code failure} reports an interrupt: catching an
   * {@link InterruptedException} clears it, and the code that called the send must still see it.
   */
  static void restoreInterrupt(Throwable failure) {
    if (failure instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
  }

  /** Logs a failure that a robust send, or a receiver run after its transaction, reports. */
  static void log(String context, ReceiverInfo receiver, Class<?> signal, Class<?> sender,
      Throwable failure) {
    System.Logger log = logger;
    if (log == null) {
      log = System.getLogger("io.signals4j");
      logger = log;
    }
    // A plain message rather than a supplier: no lambda to link on the failure path.
    String message = context + ": " + ReceiverException.describe(receiver, signal, sender);
    try {
      log.log(Level.ERROR, message, failure);
    } catch (RuntimeException | StackOverflowError | LinkageError | ServiceConfigurationError e) {
      // The logging back end failed, typically at the end of the stack, where the JDK's own
      // formatters cannot load what they need. The failure is still reported to the caller, as a
      // response or a logged outcome; a log line is not worth turning it into a crash.
    }
  }
}
