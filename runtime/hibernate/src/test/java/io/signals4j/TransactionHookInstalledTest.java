package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.hibernate.HibernateSignals;
import io.signals4j.it.databases.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;

/**
 * In the runtime's package to see its transaction hooks: a unit given signals adds the hook of its
 * transactions to them, and that hook sees the unit's transactions.
 */
class TransactionHookInstalledTest {

  @Test
  void aUnitGivenSignalsAddsTheHookOfItsTransactionsUntilItCloses() {
    Signals signals = Signals.ready();
    assertEquals(0, signals.transactionHooks().size());
    try (EntityManagerFactory emf = new PersistenceConfiguration("hooked")
        .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE,
            TestDatabases.h2("hooked").dataSource())
        .property(HibernateSignals.SIGNALS, signals)
        .createEntityManagerFactory()) {
      assertEquals(1, signals.transactionHooks().size());
      boolean[] committed = new boolean[1];
      emf.runInTransaction(em -> {
        assertTrue(signals.transactionHooks().get(0)
            .afterCompletion(outcome -> { committed[0] = outcome; }));
      });
      assertTrue(committed[0]);
    }
    assertEquals(0, signals.transactionHooks().size(), "closing the unit removes its hook");
  }
}
