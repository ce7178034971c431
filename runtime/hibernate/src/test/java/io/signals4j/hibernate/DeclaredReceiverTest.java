package io.signals4j.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.signals4j.Signals;
import io.signals4j.hibernate.entities.User;
import io.signals4j.it.databases.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example end to end: a generated registry, one property, a new user's profile. */
class DeclaredReceiverTest {

  @Test
  void aDeclaredPostSaveReceiverCreatesTheBillingProfile() {
    Signals signals = Signals.ready(StorySignals.REGISTRY);
    StatementLog statements = new StatementLog();
    try (EntityManagerFactory emf =
        UnitFixture.unit("story", TestDatabases.h2("declared"), signals, statements)
            .createEntityManagerFactory()) {
      statements.clear();
      User user = new User("uma@example.com", "Uma");
      emf.runInTransaction(em -> em.persist(user));
      assertEquals(List.of("insert users", "insert billingprofile"), statements.writes());
      try (EntityManager em = emf.createEntityManager()) {
        assertEquals("free", em.createQuery(
                "select p.plan from BillingProfile p where p.user.id = :id", String.class)
            .setParameter("id", user.getId())
            .getSingleResult());
      }
    }
  }
}
