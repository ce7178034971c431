package io.signals4j.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.hibernate.entities.User;
import io.signals4j.model.PostSave;
import io.signals4j.spi.TransactionHook;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.resource.transaction.spi.TransactionCoordinatorBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transaction hook: which Hibernate transaction a send on this thread belongs to. */
class HibernateTransactionsTest extends UnitFixture {

  private TransactionHook hook;
  private final List<String> outcomes = new CopyOnWriteArrayList<>();


  @BeforeEach
  void findTheHook() {
    TransactionCoordinatorBuilder builder = emf.unwrap(SessionFactoryImplementor.class)
        .getServiceRegistry().requireService(TransactionCoordinatorBuilder.class);
    hook = ((TrackingCoordinatorBuilder) builder).transactions();
    outcomes.clear();
  }

  private boolean register(String name) {
    return hook.afterCompletion(committed -> {
      outcomes.add(name + (committed ? " committed" : " rolled back"));
    });
  }

  @Test
  void aCommitReportsTrueExactlyOnce() {
    commit(em -> {
      assertTrue(register("a"));
      assertEquals(List.of(), outcomes);
    });
    assertEquals(List.of("a committed"), outcomes);
    assertFalse(register("after"));
    assertEquals(List.of("a committed"), outcomes);
  }

  @Test
  void aRollbackReportsFalse() {
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      assertTrue(register("b"));
      em.getTransaction().rollback();
    }
    assertEquals(List.of("b rolled back"), outcomes);
  }

  @Test
  void withoutATransactionNothingIsRegistered() {
    assertFalse(register("none"));
    try (EntityManager em = emf.createEntityManager()) {
      em.find(User.class, 1L);
      assertFalse(register("session without transaction"));
    }
    assertEquals(List.of(), outcomes);
  }

  @Test
  void sequentialTransactionsOfOneSessionReportTheirOwnOutcome() {
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      register("first");
      em.getTransaction().commit();
      assertFalse(register("between"));
      em.getTransaction().begin();
      register("second");
      em.getTransaction().rollback();
    }
    assertEquals(List.of("first committed", "second rolled back"), outcomes);
  }

  @Test
  void aTransactionBegunInsideAnotherIsTheOneASendBelongsTo() {
    try (EntityManager outer = emf.createEntityManager()) {
      outer.getTransaction().begin();
      register("outer");
      try (EntityManager inner = emf.createEntityManager()) {
        inner.getTransaction().begin();
        register("inner");
        inner.getTransaction().rollback();
      }
      register("outer again");
      outer.getTransaction().commit();
    }
    assertEquals(
        List.of("inner rolled back", "outer committed", "outer again committed"), outcomes);
  }

  @Test
  void eachThreadSeesOnlyItsOwnTransaction() throws Exception {
    CountDownLatch bothBegun = new CountDownLatch(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> work = List.of(
          pool.submit(() -> twoThreadTransaction("commits", true, bothBegun)),
          pool.submit(() -> twoThreadTransaction("rolls back", false, bothBegun)));
      for (Future<?> future : work) {
        future.get(30, TimeUnit.SECONDS);
      }
      assertFalse(register("main thread"));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2, outcomes.size(), outcomes::toString);
    assertTrue(outcomes.contains("commits committed"), outcomes::toString);
    assertTrue(outcomes.contains("rolls back rolled back"), outcomes::toString);
  }

  private Void twoThreadTransaction(String name, boolean commit, CountDownLatch bothBegun) {
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      bothBegun.countDown();
      try {
        assertTrue(bothBegun.await(30, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      assertTrue(register(name));
      if (commit) {
        em.getTransaction().commit();
      } else {
        em.getTransaction().rollback();
      }
    }
    return null;
  }

  @Test
  void aSendDuringTheFlushOfACommitStillSeesTheTransaction() {
    recorder.on(PostSave.class, (payload, sender) -> {
      assertTrue(register("from post_save"));
    });
    commit(em -> em.persist(new User("tx@example.com", "Tx")));
    assertEquals(List.of("from post_save committed"), outcomes);
  }

  @Test
  void aCommitWhoseFlushFailsReportsFalse() {
    recorder.on(PostSave.class, (payload, sender) -> {
      register("doomed");
      throw new IllegalStateException("no");
    });
    assertThrows(RuntimeException.class,
        () -> commit(em -> em.persist(new User("fail@example.com", "Fail"))));
    assertEquals(List.of("doomed rolled back"), outcomes);
  }
}
