package io.signals4j;

import static io.signals4j.Fixtures.names;
import static io.signals4j.Fixtures.noting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.UnrecoverableError;
import io.signals4j.Fixtures.User;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Signal#sendRobust}: every receiver runs, failures become responses and are logged. */
class SendRobustTest {

  private final Signal<Saved> saved = Signals.ready().signal(Saved.class);
  private CapturedLog log;

  @BeforeEach
  void captureLog() {
    log = CapturedLog.start();
  }

  @AfterEach
  void releaseLog() {
    log.close();
  }

  @Test
  void everyReceiverRunsAndAFailureBecomesThatReceiversResponse() {
    IllegalStateException boom = new IllegalStateException("boom");
    saved.connect(noting("before"), Connect.anySender().named("before"));
    saved.connect((payload, sender) -> {
      throw boom;
    }, Connect.anySender().named("exploder"));
    saved.connectResponder((payload, sender) -> {
      payload.note("after");
      return "fine";
    }, Connect.anySender().named("after"));
    Saved payload = new Saved();

    List<Response> responses = saved.sendRobust(User.class, payload);

    assertEquals(List.of("before", "after"), payload.log());
    assertEquals(List.of("before", "exploder", "after"), names(responses));
    assertFalse(responses.get(0).failed());
    assertTrue(responses.get(1).failed());
    assertSame(boom, responses.get(1).error());
    assertNull(responses.get(1).value());
    assertFalse(responses.get(2).failed());
    assertEquals("fine", responses.get(2).value());
  }

  @Test
  void checkedExceptionBecomesAResponseUnwrapped() {
    IOException disk = new IOException("disk full");
    saved.connect((payload, sender) -> {
      throw disk;
    });

    List<Response> responses = saved.sendRobust(User.class, new Saved());

    assertSame(disk, responses.get(0).error());
  }

  @Test
  void failureIsLoggedAtSevereWithReceiverSignalSenderAndException() {
    IllegalStateException boom = new IllegalStateException("boom");
    saved.connect((payload, sender) -> {
      throw boom;
    }, Connect.anySender().named("exploder"));

    saved.sendRobust(User.class, new Saved());

    assertEquals(1, log.records.size());
    LogRecord record = log.records.get(0);
    assertEquals(Level.SEVERE, record.getLevel());
    assertEquals("io.signals4j", record.getLoggerName());
    String message = record.getMessage();
    assertTrue(message.contains("exploder"), message);
    assertTrue(message.contains(Saved.class.getName()), message);
    assertTrue(message.contains(User.class.getName()), message);
    assertSame(boom, record.getThrown());
  }

  @Test
  void everyFailureIsLoggedOnce() {
    saved.connect((payload, sender) -> {
      throw new IllegalStateException("one");
    }, Connect.anySender().named("one"));
    saved.connect((payload, sender) -> {
      throw new IllegalStateException("two");
    }, Connect.anySender().named("two"));
    saved.connect(noting("fine"));

    saved.sendRobust(null, new Saved());

    assertEquals(2, log.records.size());
    assertTrue(log.records.get(0).getMessage().contains("one"));
    assertTrue(log.records.get(1).getMessage().contains("two"));
  }

  @Test
  void successIsNotLogged() {
    saved.connect(noting("fine"));

    saved.sendRobust(User.class, new Saved());

    assertEquals(List.of(), log.records);
  }

  @Test
  void errorPropagatesFromSendRobust() {
    UnrecoverableError error = new UnrecoverableError("jvm on fire");
    saved.connect(noting("before"));
    saved.connect((payload, sender) -> {
      throw error;
    });
    saved.connect(noting("after"));
    Saved payload = new Saved();

    assertSame(error, assertThrows(UnrecoverableError.class, () -> saved.sendRobust(User.class, payload)));

    assertEquals(List.of("before"), payload.log());
    assertEquals(List.of(), log.records);
  }
}
