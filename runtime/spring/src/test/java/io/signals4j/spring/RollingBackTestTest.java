package io.signals4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.signals4j.Signals;
import io.signals4j.junit.PendingSend;
import io.signals4j.junit.RecordedSignals;
import io.signals4j.junit.SignalsExtension;
import io.signals4j.junit.TransactionCapture;
import io.signals4j.spring.WelcomeMailer.Call;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Spring test that rolls back, as Django's {@code TestCase} does, and captures the after-commit
 * receivers of what it sends to run them itself: Django's {@code captureOnCommitCallbacks}. The
 * extension's captures are asked before Spring's transaction with no set-up.
 */
@SpringJUnitConfig(ShopConfiguration.class)
@Transactional
class RollingBackTestTest {

  @RegisterExtension
  static SignalsExtension signals = SignalsExtension.wrappingFrom(
      context -> SpringExtension.getApplicationContext(context).getBean(Signals.class));

  @Autowired UserService users;
  @Autowired WelcomeMailer mailer;

  @Test
  void capturedAfterCommitReceiverRunsWhenTheTestCommitsIt(RecordedSignals recorded) {
    try (TransactionCapture transaction = recorded.captureTransaction()) {
      users.register("ada");

      List<PendingSend> pending = transaction.pending();
      assertEquals(1, pending.size());
      assertEquals(new UserSaved("ada"), pending.get(0).payload());
      assertEquals(2, pending.get(0).receivers().size(), "welcome and apologize wait");
      assertEquals(List.of(new Call("audit", "ada", false, true)), mailer.callsAbout("ada"));

      transaction.commit();

      assertEquals(
          List.of(new Call("audit", "ada", false, true), new Call("welcome", "ada", false, true)),
          mailer.callsAbout("ada"),
          "welcome ran in the test's transaction, which never commits");
    }
    user = "ada";
    afterRollback = mailer.callsAbout("ada");
  }

  @Test
  void withoutCaptureTheTestsRollbackRunsOnlyAfterRollbackReceivers(RecordedSignals recorded) {
    users.register("bob");

    assertEquals(
        List.of("WelcomeMailer.audit(UserSaved)"),
        recorded.sent(UserSaved.class, UserService.class).get(0).reachedNames());
    user = "bob";
    afterRollback =
        List.of(new Call("audit", "bob", false, true), new Call("apologize", "bob", false, false));
  }

  /** Whoever the test registered, and what the mailer should have heard once Spring rolled back. */
  private String user;
  private List<Call> afterRollback;

  @AfterTransaction
  void checkWhatTheRollbackRan() {
    assertEquals(afterRollback, mailer.callsAbout(user));
  }
}
