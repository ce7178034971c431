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
 * Ask for it where the application makes its signals ready, {@code
 * Signals.builder().install(...).logSends().ready()}, or for every {@code Signals} of the JVM
 * without a change to the code, with the system property {@code -D}{@value #PROPERTY}{@code
 * =true}; on a {@code Signals} that already runs, {@code signals.addSendObserver(SendLog.INSTANCE)}
 * turns it on and {@code signals.removeSendObserver(SendLog.INSTANCE)} off. Then make {@value
 * #LOGGER_NAME} loggable at {@code DEBUG}. With the JDK's default back end, {@code
 * java.util.logging}, that level is called {@code FINE}, and the console handler needs it too,
 * since it prints only {@code INFO} and above unless told otherwise; in the file that {@code
 * -Djava.util.logging.config.file=} names:
 *
 * <pre>
 * handlers = java.util.logging.ConsoleHandler
 * java.util.logging.ConsoleHandler.level = FINE
 * io.signals4j.sends.level = FINE
 * </pre>
 *
 * With another back end behind {@code System.Logger}, such as SLF4J through {@code
 * slf4j-jdk-platform-logging}, set the logger {@value #LOGGER_NAME} to {@code DEBUG} there.
 *
 * <h2>What it costs, and when the level is read</h2>
 *
 * <ul>
 *   <li>Not asked for, nothing: no logger is looked up, and sends pay nothing for it. It is asked
 *       for rather than detected from the level because finding a logger's level starts the
 *       logging back end, some 20 ms the first time in a JVM that has not logged yet, more than
 *       installing every registry.
 *   <li>Asked for, the level is read on every send, before a line is built: while the logger is
 *       above {@code DEBUG} nothing is logged, though every send is still reported to this
 *       observer, which costs what any observer costs.
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

  /** The system property that, set to {@code true}, makes every {@link Signals} log its sends. */
  public static final String PROPERTY = "io.signals4j.logSends";

  /** The observer that logs sends; adding it to a {@code Signals} twice adds it once. */
  public static final SendLog INSTANCE = new SendLog();

  /**
   * Created on first use, like the logger of {@link Failures}, for the same reason: a field whose
   * creation failed once is tried again, where a class whose initialisation failed stays broken.
   */
  private volatile System.Logger logger;

  private SendLog() {}

  /** Whether the system property {@value #PROPERTY} asks every {@link Signals} to log sends. */
  static boolean requestedByProperty() {
    try {
      return Boolean.getBoolean(PROPERTY);
    } catch (SecurityException e) {
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
