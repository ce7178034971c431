package io.signals4j;

import io.signals4j.spi.SendObserver;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.ServiceConfigurationError;

/**
 * Logs every send, one line each, at {@code DEBUG} on the {@code System.Logger} named {@value
 * #LOGGER_NAME}: which signal, from which sender, the receivers it reached, and whether it failed
 * and in which receiver; and likewise every run of the receivers that waited for a send's
 * transaction. Django has no counterpart; its users add a print to a receiver.
 *
 * <h2>Turning it on</h2>
 *
 * Make {@value #LOGGER_NAME} loggable at {@code DEBUG} before the application creates its {@link
 * Signals}. With the JDK's default back end, {@code java.util.logging}, that level is called
 * {@code FINE}, and the console handler needs it too, since it prints only {@code INFO} and above
 * unless told otherwise; in the file that {@code -Djava.util.logging.config.file=} names:
 *
 * <pre>
 * handlers = java.util.logging.ConsoleHandler
 * java.util.logging.ConsoleHandler.level = FINE
 * io.signals4j.sends.level = FINE
 * </pre>
 *
 * With another back end behind {@code System.Logger}, such as SLF4J through {@code
 * slf4j-jdk-platform-logging}, set the logger {@value #LOGGER_NAME} to {@code DEBUG} there. On a
 * {@code Signals} that already runs, {@code signals.addSendObserver(SendLog.INSTANCE)} turns it on
 * (the level must still allow {@code DEBUG}), and {@code
 * signals.removeSendObserver(SendLog.INSTANCE)} off.
 *
 * <h2>When the level is read</h2>
 *
 * <ul>
 *   <li>When a {@code Signals} is made ready ({@link Signals.Builder#ready()}, {@link
 *       Signals#ready}): if the logger is loggable at {@code DEBUG} then, the {@code Signals}
 *       starts with this observer added. If not, it never logs sends, and its sends pay nothing for
 *       it, whatever the level becomes later, unless this observer is added to it. Asking costs a
 *       few microseconds, except the first time in a JVM if nothing has logged yet, when the
 *       logging back end starts up and reads its configuration: some 20 ms for {@code
 *       java.util.logging} on a small machine, which an application that logs through it pays
 *       anyway.
 *   <li>On every send once this observer is added, before a line is built: raising the level above
 *       {@code DEBUG} again silences the lines, though every send is still reported to this
 *       observer, which costs what any observer costs; removing it costs nothing more.
 * </ul>
 *
 * <h2>What a line says</h2>
 *
 * <pre>
 * sent com.acme.OrderPlaced from com.acme.Checkout to [Billing.charge(OrderPlaced),
 *     Mailer.confirm(OrderPlaced)]: ok
 * sent com.acme.OrderPlaced from com.acme.Checkout to [Billing.charge(OrderPlaced)]:
 *     failed in Billing.charge(OrderPlaced): java.lang.IllegalStateException: card declined
 * sent com.acme.OrderPlaced without sender to []: ok
 * after commit of com.acme.UserSaved from com.acme.Users ran [Mailer.welcome(UserSaved)]: ok
 * </pre>
 *
 * <p>Each is one line, wrapped here. The receivers are named as {@link ReceiverInfo#name()} names
 * them, in call order, the failing one last; a send that was muted, or that nothing hears, reached
 * {@code []}. Receivers that wait for a transaction are on an {@code after commit} or {@code after
 * rollback} line of their own once they have run, with each one that failed; a send made outside
 * a transaction runs its after-commit receivers as it ends, so their line comes first.
 *
 * <p>The line does not say which method sent ({@code fire}, {@code send}, {@code sendRobust} or an
 * asynchronous one): observers are told of every send alike, which keeps {@code fire} as cheap as
 * it is. So a {@code sendRobust} whose receivers failed is {@code ok}: those failures are its
 * responses, and each is logged at {@code ERROR} on the logger {@code io.signals4j}, as are those
 * of receivers that ran after a transaction. An asynchronous send is logged once its receivers
 * have been called, on the thread that called them, before the stages they returned complete. The
 * payload is left out: its {@code toString} may be costly or show personal data; an observer of
 * your own can log it.
 *
 * <p>Logging never fails a send: if the logging back end throws, the line is dropped.
 */
public final class SendLog implements SendObserver {

  /** The name of the logger that sends are logged on. */
  public static final String LOGGER_NAME = "io.signals4j.sends";

  /** The observer that logs sends; adding it to a {@code Signals} twice adds it once. */
  public static final SendLog INSTANCE = new SendLog();

  /**
   * Created on first use, like the logger of {@link Failures}, for the same reason: a field whose
   * creation failed once is tried again, where a class whose initialisation failed stays broken.
   */
  private volatile System.Logger logger;

  private SendLog() {}

  /** Whether a {@link Signals} made ready now starts with this observer. */
  static boolean enabledAtReady() {
    try {
      return INSTANCE.logger().isLoggable(Level.DEBUG);
    } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
      // A broken back end logs nothing; it must not keep the application from starting.
      return false;
    }
  }

  /**
   * Logs the send, if the logger is loggable at {@code DEBUG} now.
   *
   * @param signal the payload type of the signal
   * @param sender the sender, or null for a send without sender
   * @param payload the payload, which is not logged
   * @param reached the receivers the send called, the failing one last
   * @param failure what the send threw, or null
   */
  @Override
  public void sent(
      Class<?> signal, Class<?> sender, Object payload, List<ReceiverInfo> reached,
      Throwable failure) {
    try {
      System.Logger log = logger();
      if (!log.isLoggable(Level.DEBUG)) {
        return;
      }
      StringBuilder line = new StringBuilder("sent ");
      appendSend(line, signal, sender);
      line.append(" to [");
      for (int i = 0; i < reached.size(); i++) {
        line.append(i == 0 ? "" : ", ").append(reached.get(i).name());
      }
      line.append("]: ");
      if (failure == null) {
        line.append("ok");
      } else if (failure instanceof ReceiverException receiverFailure) {
        appendFailure(line, receiverFailure.receiver(), receiverFailure.getCause());
      } else {
        line.append("failed: ").append(failure);
      }
      log.log(Level.DEBUG, line.toString());
    } catch (RuntimeException | StackOverflowError | LinkageError | ServiceConfigurationError e) {
      // As in Failures.log: a log line is not worth failing a send that did its work.
    }
  }

  /**
   * Logs the run of a send's receivers that waited for its transaction, if the logger is loggable
   * at {@code DEBUG} now.
   *
   * @param signal the payload type of the signal
   * @param sender the sender, or null for a send without sender
   * @param payload the payload, which is not logged
   * @param phase which receivers ran: after commit or after rollback
   * @param responses one per receiver that ran, with what a failed one threw
   */
  @Override
  public void deferredRan(
      Class<?> signal, Class<?> sender, Object payload, Phase phase, List<Response> responses) {
    try {
      System.Logger log = logger();
      if (!log.isLoggable(Level.DEBUG)) {
        return;
      }
      StringBuilder line = new StringBuilder(
          phase == Phase.AFTER_ROLLBACK ? "after rollback of " : "after commit of ");
      appendSend(line, signal, sender);
      line.append(" ran [");
      boolean failed = false;
      for (int i = 0; i < responses.size(); i++) {
        line.append(i == 0 ? "" : ", ").append(responses.get(i).receiver().name());
        failed |= responses.get(i).failed();
      }
      line.append("]: ");
      if (!failed) {
        line.append("ok");
      }
      String separator = "";
      for (Response response : responses) {
        if (response.failed()) {
          line.append(separator);
          appendFailure(line, response.receiver(), response.error());
          separator = "; ";
        }
      }
      log.log(Level.DEBUG, line.toString());
    } catch (RuntimeException | StackOverflowError | LinkageError | ServiceConfigurationError e) {
      // As in sent: never thrown at whoever ended the transaction.
    }
  }

  private static void appendSend(StringBuilder line, Class<?> signal, Class<?> sender) {
    line.append(signal.getName());
    if (sender == null) {
      line.append(" without sender");
    } else {
      line.append(" from ").append(sender.getName());
    }
  }

  private static void appendFailure(StringBuilder line, ReceiverInfo receiver, Throwable cause) {
    line.append("failed in ").append(receiver.name()).append(": ").append(cause);
  }

  private System.Logger logger() {
    System.Logger log = logger;
    if (log == null) {
      log = System.getLogger(LOGGER_NAME);
      logger = log;
    }
    return log;
  }

  @Override
  public String toString() {
    return "SendLog(" + LOGGER_NAME + " at DEBUG)";
  }
}
