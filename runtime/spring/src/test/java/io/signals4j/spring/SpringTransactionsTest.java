package io.signals4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.signals4j.Connect;
import io.signals4j.Phase;
import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.spring.WelcomeMailer.Call;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After-commit and after-rollback receivers in a real Spring context, with Spring's {@code
 * DataSourceTransactionManager} on a real H2 database.
 */
class SpringTransactionsTest {

  private AnnotationConfigApplicationContext context;
  private UserService users;
  private WelcomeMailer mailer;

  @BeforeEach
  void startApplication() {
    context = new AnnotationConfigApplicationContext(ShopConfiguration.class);
    users = context.getBean(UserService.class);
    mailer = context.getBean(WelcomeMailer.class);
  }

  @AfterEach
  void stopApplication() {
    context.close();
  }

  @Test
  void afterCommitReceiverRunsOnlyOnceTheTransactionalMethodHasCommitted() {
    users.register("ada");

    assertEquals(1, users.callsBeforeReturn(), "only audit ran while the transaction was open");
    assertEquals(
        List.of(new Call("audit", "ada", false, true), new Call("welcome", "ada", true, false)),
        mailer.calls());
  }

  @Test
  void afterCommitReceiverNeverRunsWhenTheTransactionRollsBack() {
    assertThrows(IllegalStateException.class, () -> users.registerAndFail("bob"));

    assertEquals(1, users.callsBeforeReturn());
    assertEquals(
        List.of(new Call("audit", "bob", false, true), new Call("apologize", "bob", false, false)),
        mailer.calls());
  }

  @Test
  void afterCommitReceiverRunsAtOnceWithoutATransaction() {
    users.registerWithoutTransaction("cyd");

    assertEquals(2, users.callsBeforeReturn(), "welcome ran during the send");
    assertEquals(
        Set.of(new Call("audit", "cyd", true, false), new Call("welcome", "cyd", true, false)),
        Set.copyOf(mailer.calls()));
  }

  @Test
  void innerTransactionalMethodWaitsForTheOuterTransaction() {
    TransactionTemplate outer =
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

    outer.executeWithoutResult(status -> {
      users.register("dee");
      users.register("eve");
      assertEquals(2, mailer.calls().size(), "the inner methods joined the open transaction");
    });

    assertEquals(
        List.of(
            new Call("audit", "dee", false, true),
            new Call("audit", "eve", false, true),
            new Call("welcome", "dee", true, false),
            new Call("welcome", "eve", true, false)),
        mailer.calls());
  }

  @Test
  void rollbackOfTheOuterTransactionUndoesWhatAnInnerMethodSent() {
    TransactionTemplate outer =
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

    outer.executeWithoutResult(status -> {
      users.register("fay");
      status.setRollbackOnly();
    });

    assertEquals(
        List.of(new Call("audit", "fay", false, true), new Call("apologize", "fay", false, false)),
        mailer.calls());
  }

  @Test
  void sendFromAnAfterCommitReceiverRunsItsAfterCommitReceiversAtOnce() {
    Signal<UserSaved> userSaved = context.getBean(Signals.class).signal(UserSaved.class);
    List<String> followUps = new CopyOnWriteArrayList<>();
    userSaved.connect(
        (saved, sender) -> {
          userSaved.send(WelcomeMailer.class, saved);
        },
        Connect.sender(UserService.class).phase(Phase.AFTER_COMMIT));
    userSaved.connect(
        (saved, sender) -> {
          followUps.add(saved.name());
        },
        Connect.sender(WelcomeMailer.class).phase(Phase.AFTER_COMMIT));

    users.register("jo");

    assertEquals(List.of("jo"), followUps, "the finished transaction has nothing to wait for");
  }

  @Test
  void suppliedReceiverIsTheContextsBean() {
    Signals signals = context.getBean(Signals.class);
    signals.signal(UserSaved.class).send(UserService.class, new UserSaved("gus"));

    assertEquals(
        Set.of(new Call("audit", "gus", false, false), new Call("welcome", "gus", false, false)),
        Set.copyOf(mailer.calls()),
        "the bean itself was called, not an instance the registry made");
  }

  @Test
  void closingTheContextDisconnectsConnectionBeans() {
    Signals signals = context.getBean(Signals.class);
    context.close();

    signals.signal(UserSaved.class).send(UserService.class, new UserSaved("hal"));

    assertEquals(List.of(new Call("audit", "hal", false, false)), mailer.calls());
  }
}
