package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.DeferredReceiversTest.Transactions;
import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SendLog} against the JDK's own back end of {@code System.Logger}, {@code
 * java.util.logging}, configured as an application configures it: by a {@code logging.properties}
 * line for {@value SendLog#LOGGER_NAME}.
 */
class SendLogTest {

  private static final String LEVEL_KEY = SendLog.LOGGER_NAME + ".level";

  /** Held strongly: {@code java.util.logging} keeps loggers only weakly. */
  private static final Logger SENDS = Logger.getLogger(SendLog.LOGGER_NAME);

  private CapturedLog sends;
  private CapturedLog failures;

  @BeforeEach
  void captureTheSendsLogger() {
    sends = CapturedLog.start(SendLog.LOGGER_NAME);
    failures = CapturedLog.start();   // the ERROR lines of failed receivers, off the console
  }

  @AfterEach
  void restoreTheConfiguration() {
    configure(null);
    SENDS.setLevel(null);   // removing the line leaves the level it set
    sends.close();
    failures.close();
  }

  /** Sets, or with null removes, the level line of the sends logger, as a properties file would. */
  private static void configure(String level) {
    String properties = level == null ? "" : LEVEL_KEY + " = " + level + "\n";
    try {
      LogManager.getLogManager().updateConfiguration(
          new ByteArrayInputStream(properties.getBytes(StandardCharsets.ISO_8859_1)),
          key -> (before, after) -> key.equals(LEVEL_KEY) ? after : before);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everySendIsLoggedAtDebugWhenTheSignalsAreAskedToLogSends() {
    configure("FINE");   // what java.util.logging calls System.Logger's DEBUG
    Signals signals = Signals.builder().install(BillingSignals.REGISTRY).logSends().ready();
    Signal<Saved> saved = signals.signal(Saved.class);

    saved.fire(User.class, new Saved());   // through the registry's generated route
    saved.send(null, new Saved());
    saved.sendRobust(User.class, new Saved());

    String reached = " to [Billing.urgent(Saved), Billing.charge(Saved)]: ok";
    assertEquals(
        List.of(
            "sent io.signals4j.Fixtures$Saved from io.signals4j.Fixtures$User" + reached,
            "sent io.signals4j.Fixtures$Saved without sender" + reached,
            "sent io.signals4j.Fixtures$Saved from io.signals4j.Fixtures$User" + reached),
        sends.messages());
    for (LogRecord record : sends.records) {
      assertEquals(Level.FINE, record.getLevel());
      assertEquals(SendLog.LOGGER_NAME, record.getLoggerName());
    }
  }

  @Test
  void nothingIsLoggedAndNothingObservesUnlessAskedEvenWithTheLoggerAtDebug() {
    configure("FINE");
    Signals signals = Signals.ready(BillingSignals.REGISTRY);
    Signal<Saved> saved = signals.signal(Saved.class);

    saved.fire(User.class, new Saved());
    saved.send(User.class, new Saved());

    assertEquals(List.of(), sends.records);
    assertFalse(signals.removeSendObserver(SendLog.INSTANCE), "never added");
  }

  @Test
  void theSystemPropertyAsksEverySignalsMadeReadyWhileItIsSet() {
    configure("FINE");
    System.setProperty(SendLog.PROPERTY, "true");
    Signals asked;
    try {
      asked = Signals.ready(BillingSignals.REGISTRY);
    } finally {
      System.clearProperty(SendLog.PROPERTY);
    }
    Signals notAsked = Signals.ready(BillingSignals.REGISTRY);

    asked.signal(Saved.class).send(User.class, new Saved());
    notAsked.signal(Saved.class).send(User.class, new Saved());

    assertEquals(1, sends.records.size(), sends.messages()::toString);
    assertTrue(asked.removeSendObserver(SendLog.INSTANCE));
  }

  @Test
  void onceAskedTheLevelIsReadOnEachSend() {
    Signals signals = Signals.ready(BillingSignals.REGISTRY);
    signals.addSendObserver(SendLog.INSTANCE);
    signals.signal(Saved.class).send(User.class, new Saved());
    assertEquals(List.of(), sends.records, "io.signals4j.sends inherits INFO");

    configure("FINE");
    signals.signal(Saved.class).send(User.class, new Saved());
    assertEquals(1, sends.records.size(), "at DEBUG");

    configure("INFO");
    signals.signal(Saved.class).send(User.class, new Saved());
    assertEquals(1, sends.records.size(), "above DEBUG again: silent");
  }

  @Test
  void aFailedSendNamesTheFailingReceiverAndTheReceiversThatRanBefore() {
    configure("FINE");
    Signal<Saved> saved = Signals.builder().logSends().ready().signal(Saved.class);
    saved.connect(Fixtures.noting("first"), Connect.anySender().named("first"));
    saved.connect((payload, sender) -> {
      throw new IllegalStateException("card declined");
    }, Connect.anySender().named("charge"));
    saved.connect(Fixtures.noting("never"), Connect.anySender().named("never"));

    assertThrows(ReceiverException.class, () -> saved.send(User.class, new Saved()));

    assertEquals(
        List.of("sent io.signals4j.Fixtures$Saved from io.signals4j.Fixtures$User to [first,"
            + " charge]: failed in charge: java.lang.IllegalStateException: card declined"),
        sends.messages());
  }

  @Test
  void receiversThatRunAfterTheTransactionAreLoggedWhenTheyRanWithEachFailure() {
    configure("FINE");
    Transactions transactions = new Transactions();
    Signal<Saved> saved =
        Signals.builder().transactions(transactions).logSends().ready().signal(Saved.class);
    saved.connect((payload, sender) -> {
      throw new IllegalStateException("mail server down");
    }, Connect.anySender().named("mail").phase(Phase.AFTER_COMMIT));
    saved.connect(Fixtures.noting("audit"), Connect.anySender().named("audit")
        .phase(Phase.AFTER_COMMIT));
    saved.connect(Fixtures.noting("undo"), Connect.anySender().named("undo")
        .phase(Phase.AFTER_ROLLBACK));

    transactions.begin();
    saved.send(User.class, new Saved());
    assertEquals(
        List.of("sent io.signals4j.Fixtures$Saved from io.signals4j.Fixtures$User to []: ok"),
        sends.messages());
    transactions.end(true);
    transactions.begin();
    saved.fire(null, new Saved());
    transactions.end(false);

    assertEquals(
        List.of(
            "sent io.signals4j.Fixtures$Saved from io.signals4j.Fixtures$User to []: ok",
            "after commit of io.signals4j.Fixtures$Saved from io.signals4j.Fixtures$User ran"
                + " [mail, audit]: failed in mail: java.lang.IllegalStateException: mail server"
                + " down",
            "sent io.signals4j.Fixtures$Saved without sender to []: ok",
            "after rollback of io.signals4j.Fixtures$Saved without sender ran [undo]: ok"),
        sends.messages());
  }

  @Test
  void aLoggingBackEndThatThrowsNeverFailsASend() {
    configure("FINE");
    Handler broken = new Handler() {
      @Override
      public void publish(LogRecord record) {
        throw new IllegalStateException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    SENDS.addHandler(broken);
    try {
      Signal<Saved> saved = Signals.builder().install(BillingSignals.REGISTRY).logSends().ready()
          .signal(Saved.class);
      Saved payload = new Saved();

      assertDoesNotThrow(() -> saved.fire(User.class, payload));
      assertEquals(2, saved.send(User.class, payload).size());
      assertEquals(4, payload.log().size(), "the receivers ran: " + payload.log());
    } finally {
      SENDS.removeHandler(broken);
    }
  }
}
