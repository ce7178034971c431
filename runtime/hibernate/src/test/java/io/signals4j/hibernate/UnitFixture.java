package io.signals4j.hibernate;

import io.signals4j.Signals;
import io.signals4j.hibernate.entities.Animal;
import io.signals4j.hibernate.entities.Article;
import io.signals4j.hibernate.entities.Author;
import io.signals4j.hibernate.entities.AuthorNote;
import io.signals4j.hibernate.entities.BillingProfile;
import io.signals4j.hibernate.entities.Comment;
import io.signals4j.hibernate.entities.Document;
import io.signals4j.hibernate.entities.Dog;
import io.signals4j.hibernate.entities.Tag;
import io.signals4j.hibernate.entities.User;
import io.signals4j.it.databases.TestDatabases.Database;
import io.signals4j.it.databases.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceConfiguration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the test class once on H2 and once on PostgreSQL, with one persistence unit per run, bootstrapped through JPA with the one line of
 * set-up an application writes, and a {@link Recorder} on every model signal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {"H2", "PostgreSQL"})
abstract class UnitFixture {

  static final List<Class<?>> ENTITIES =
      List.of(
          User.class,
          BillingProfile.class,
          Author.class,
          AuthorNote.class,
          Article.class,
          Tag.class,
          Comment.class,
          Document.class,
          Animal.class,
          Dog.class);

  /** Which database this run of the test class uses. */
  @Parameter String databaseKind;

  Database database;
  Signals signals;
  Recorder recorder;
  StatementLog statements;
  EntityManagerFactory emf;

  @BeforeParameterizedClassInvocation
  void start() {
    String name = getClass().getSimpleName().replace("Test", "").toLowerCase(Locale.ROOT);
    database = databaseKind.equals("H2") ? TestDatabases.h2(name) : TestDatabases.postgres(name);
    signals = Signals.ready();
    recorder = new Recorder(signals);
    statements = new StatementLog();
    emf = unit("shop", database, signals, statements).createEntityManagerFactory();
  }

  /**
   * The configuration a JPA application writes, with its one line for signals4j unless {@code
   * signals} is null.
   */
  static PersistenceConfiguration unit(
      String name, Database database, Signals signals, StatementLog statements) {
    PersistenceConfiguration unit = new PersistenceConfiguration(name);
    ENTITIES.forEach(unit::managedClass);
    unit.property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database.dataSource())
        .property(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "drop-and-create")
        .property(AvailableSettings.STATEMENT_INSPECTOR, statements);
    return signals == null ? unit : unit.property(HibernateSignals.SIGNALS, signals);
  }

  @AfterParameterizedClassInvocation
  void stop() {
    if (emf != null) {
      emf.close();
    }
  }

  @BeforeEach
  void forgetEarlierTests() {
    recorder.reset();
    statements.clear();
  }

  /** Runs {@code work} in a transaction that commits. */
  <T> T inTransaction(Function<EntityManager, T> work) {
    try (EntityManager em = emf.createEntityManager()) {
      EntityTransaction tx = em.getTransaction();
      tx.begin();
      try {
        T result = work.apply(em);
        tx.commit();
        return result;
      } finally {
        if (tx.isActive()) {
          tx.rollback();
        }
      }
    }
  }

  /** Runs {@code work} in a transaction that commits. */
  void commit(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  /** How many rows {@code entity} has, counted in a transaction of its own. */
  long count(Class<?> entity) {
    try (EntityManager em = emf.createEntityManager()) {
      return em.createQuery("select count(e) from " + entity.getSimpleName() + " e", Long.class)
          .getSingleResult();
    }
  }
}
