package io.signals4j.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.ReceiverException;
import io.signals4j.hibernate.entities.Author;
import io.signals4j.hibernate.entities.AuthorNote;
import io.signals4j.hibernate.entities.BillingProfile;
import io.signals4j.hibernate.entities.User;
import io.signals4j.model.PostSave;
import io.signals4j.model.PreSave;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The story Django users tell about signals: a post_save receiver that creates the billing profile
 * of a new user, through the same session and in the same transaction.
 */
class DjangoStoryTest extends UnitFixture {


  private void createBillingProfiles() {
    recorder.on(
        PostSave.class,
        (payload, sender) -> {
          PostSave<?> saved = (PostSave<?>) payload;
          if (sender == User.class && saved.created()) {
            HibernateSignals.session()
                .persist(new BillingProfile((User) saved.instance(), "free"));
          }
        });
  }

  @Test
  void postSaveReceiverCreatesTheProfileInTheSameTransaction() {
    createBillingProfiles();
    User ann = inTransaction(em -> {
      User user = new User("ann@example.com", "Ann");
      em.persist(user);
      return user;
    });
    assertEquals(
        List.of("pre_save User created", "post_save User created",
            "pre_save BillingProfile created", "post_save BillingProfile created"),
        recorder.log());
    assertEquals(List.of("insert users", "insert billingprofile"), statements.writes());
    long profiles = inTransaction(em -> em.createQuery(
            "select count(p) from BillingProfile p where p.user.id = :id", Long.class)
        .setParameter("id", ann.getId()).getSingleResult());
    assertEquals(1, profiles);
  }

  @Test
  void identityIdsInsertInsidePersistAndTheReceiverWritesThereToo() {
    recorder.on(
        PostSave.class,
        (payload, sender) -> {
          PostSave<?> saved = (PostSave<?>) payload;
          if (sender == Author.class && saved.created()) {
            HibernateSignals.session().persist(new AuthorNote((Author) saved.instance(), "hi"));
          }
        });
    commit(em -> {
      em.persist(new Author("Bea"));
      // IDENTITY: both rows are in before any flush.
      assertEquals(List.of("insert author", "insert authornote"), statements.writes());
      assertEquals(List.of("pre_save Author created", "post_save Author created",
          "pre_save AuthorNote created", "post_save AuthorNote created"), recorder.log());
    });
    assertEquals(List.of("insert author", "insert authornote"), statements.writes());
  }

  @Test
  void failingReceiverRollsBackTheTransaction() {
    long users = count(User.class);
    long profiles = count(BillingProfile.class);
    createBillingProfiles();
    recorder.on(PostSave.class, (payload, sender) -> {
      if (sender == BillingProfile.class) {
        throw new IllegalStateException("billing is down");
      }
      PostSave<?> saved = (PostSave<?>) payload;
      if (sender == User.class && saved.created()) {
        HibernateSignals.session().persist(new BillingProfile((User) saved.instance(), "free"));
      }
    });
    RuntimeException failure = assertThrows(RuntimeException.class, () -> commit(em -> {
      em.persist(new User("cy@example.com", "Cy"));
    }));
    assertTrue(causes(failure, ReceiverException.class), failure::toString);
    assertEquals(users, count(User.class));
    assertEquals(profiles, count(BillingProfile.class));
  }

  @Test
  void aReceiverFailingInsidePersistFailsPersistAndTheTransactionRollsBack() {
    long authors = count(Author.class);
    recorder.on(PostSave.class, (payload, sender) -> {
      throw new IllegalStateException("no authors today");
    });
    RuntimeException failure = assertThrows(RuntimeException.class, () -> commit(em -> {
      try {
        em.persist(new Author("Gil"));
      } finally {
        assertTrue(em.getTransaction().getRollbackOnly());
      }
    }));
    assertInstanceOf(ReceiverException.class, failure);
    assertEquals(authors, count(Author.class));
  }

  @Test
  void aFailingPreSaveReceiverWritesNothing() {
    long users = count(User.class);
    recorder.on(PreSave.class, (payload, sender) -> {
      throw new IllegalArgumentException("invalid email");
    });
    assertThrows(RuntimeException.class,
        () -> commit(em -> em.persist(new User("bad", "Bad"))));
    assertEquals(List.of(), statements.writes());
    assertEquals(users, count(User.class));
  }

  static boolean causes(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theProfileRollsBackWithTheUser() {
    long profiles = count(BillingProfile.class);
    createBillingProfiles();
    try (var em = emf.createEntityManager()) {
      em.getTransaction().begin();
      em.persist(new User("dot@example.com", "Dot"));
      em.flush();
      assertEquals(List.of("insert users", "insert billingprofile"), statements.writes());
      em.getTransaction().rollback();
    }
    assertEquals(profiles, count(BillingProfile.class));
  }

  @Test
  void aQueryAfterPersistSeesTheProfileItsAutoFlushCreated() {
    createBillingProfiles();
    commit(em -> {
      User user = new User("ema@example.com", "Ema");
      em.persist(user);
      // The query reads users, so Hibernate flushes the pending insert first; post_save's
      // receiver writes the profile, which is flushed too before the query runs.
      long found = em.createQuery(
              "select count(p) from BillingProfile p join p.user u where u.email = :email",
              Long.class)
          .setParameter("email", "ema@example.com")
          .getSingleResult();
      assertEquals(1, found);
    });
  }

  @Test
  void aReceiverMayFlushAndQueryItself() {
    recorder.on(PostSave.class, (payload, sender) -> {
      PostSave<?> saved = (PostSave<?>) payload;
      if (sender == User.class && saved.created()) {
        var session = HibernateSignals.session();
        session.persist(new BillingProfile((User) saved.instance(), "pro"));
        session.flush();
        long mine = session.createQuery(
                "select count(p) from BillingProfile p where p.user = :user", Long.class)
            .setParameter("user", saved.instance())
            .getSingleResult();
        assertEquals(1, mine);
      }
    });
    commit(em -> em.persist(new User("fox@example.com", "Fox")));
    assertEquals(List.of("insert users", "insert billingprofile"), statements.writes());
  }

  @Test
  void theSessionIsOnlyKnownInsideAReceiver() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, HibernateSignals::session);
    assertInstanceOf(IllegalStateException.class, e);
  }
}
