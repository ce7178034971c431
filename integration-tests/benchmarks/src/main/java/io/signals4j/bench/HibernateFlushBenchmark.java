package io.signals4j.bench;

import io.signals4j.Connect;
import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.hibernate.HibernateSignals;
import io.signals4j.model.PostSave;
import io.signals4j.model.PreSave;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceConfiguration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.cfg.AvailableSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the Hibernate emitter adds to writing: 1,000 new entities persisted, flushed and committed
 * in one transaction on an in-memory H2, with inserts batched. {@code emitter=signals} is a unit
 * with {@link HibernateSignals#SIGNALS}, whose flush sends a pre_save and a post_save per entity
 * to five receivers (two of each for {@link Purchase}, one post_save receiver for {@link Refund},
 * which hears nothing); {@code emitter=none} is the same unit without the property, the same
 * receivers connected, so that nothing but the emitter differs; {@code emitter=silent} has the
 * property and no receiver, what an installed emitter costs when nobody listens.
 *
 * <p>Each invocation commits, so that the emitter's whole path is measured, the end of the
 * transaction included; the table is emptied after each, outside the measured time, so that every
 * invocation inserts into the same empty table. An invocation takes milliseconds, far above the
 * cost JMH adds to per-invocation fixtures.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Hibernate's code paths are long: the JIT needs more than five seconds to settle on them.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class HibernateFlushBenchmark {

  static final int ENTITIES = 1_000;
  /** Statements per JDBC batch: a common setting, and a divisor of the sequence's 50 ids. */
  static final int BATCH_SIZE = 50;

  static {
    // Hibernate logs through JBoss Logging, which picks SLF4J only when told to (or with Logback);
    // this runs before any Hibernate class loads, forked or not.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
  }

  @Param({"none", "silent", "signals"})
  public String emitter;

  private JdbcConnectionPool database;
  private EntityManagerFactory emf;
  private final String[] customers = new String[ENTITIES];
  private long invocations;

  // What the receivers do: trivial work with a side effect, so none can be optimised away.
  private long preSaves;
  private long quantities;
  private long postSaves;
  private long created;
  private long refunds;

  @Setup
  public void setUp() {
    if (!List.of("none", "silent", "signals").contains(emitter)) {
      throw new IllegalArgumentException("emitter is none, silent or signals, not " + emitter);
    }
    for (int i = 0; i < ENTITIES; i++) {
      customers[i] = "customer " + i;
    }
    Signals signals = Signals.ready();
    if (!emitter.equals("silent")) {
      connectReceivers(signals);
    }
    database = JdbcConnectionPool.create(
        "jdbc:h2:mem:flush-" + emitter + ";DB_CLOSE_DELAY=-1", "sa", "");
    PersistenceConfiguration unit = new PersistenceConfiguration("flush")
        .managedClass(Purchase.class)
        .managedClass(Refund.class)
        .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database)
        .property(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "drop-and-create")
        .property(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE)
        .property(AvailableSettings.ORDER_INSERTS, true);
    if (!emitter.equals("none")) {
      unit.property(HibernateSignals.SIGNALS, signals);
    }
    emf = unit.createEntityManagerFactory();
  }

  private void connectReceivers(Signals signals) {
    Signal<PreSave<?>> preSave = signals.signal(PreSave.class);
    Signal<PostSave<?>> postSave = signals.signal(PostSave.class);
    preSave.connect((saving, sender) -> {
      preSaves++;
    }, Connect.sender(Purchase.class));
    preSave.connect((saving, sender) -> {
      quantities += ((Purchase) saving.instance()).quantity();
    }, Connect.sender(Purchase.class));
    postSave.connect((saved, sender) -> {
      postSaves++;
    }, Connect.sender(Purchase.class));
    postSave.connect((saved, sender) -> {
      if (saved.created()) {
        created++;
      }
    }, Connect.sender(Purchase.class));
    postSave.connect((saved, sender) -> {
      refunds++;
    }, Connect.sender(Refund.class));
  }

  @Benchmark
  public void persistFlushCommit() {
    try (EntityManager em = emf.createEntityManager()) {
      EntityTransaction transaction = em.getTransaction();
      transaction.begin();
      for (int i = 0; i < ENTITIES; i++) {
        em.persist(new Purchase(customers[i], i));
      }
      em.flush();
      transaction.commit();
    }
  }

  /** Checks that the receivers heard exactly this invocation's saves, then empties the table. */
  @TearDown(Level.Invocation)
  public void emptyTable() throws SQLException {
    invocations++;
    long expected = emitter.equals("signals") ? invocations * ENTITIES : 0;
    long expectedQuantities = expected / ENTITIES * ((long) ENTITIES * (ENTITIES - 1) / 2);
    if (preSaves != expected || postSaves != expected || created != expected
        || quantities != expectedQuantities || refunds != 0) {
      throw new IllegalStateException(String.format(
          "benchmark set-up is wrong: after %d invocations with emitter=%s, expected %d pre_saves"
              + " and post_saves and no refund, heard pre_save %d, post_save %d (created %d),"
              + " refunds %d",
          invocations, emitter, expected, preSaves, postSaves, created, refunds));
    }
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("truncate table purchase");
    }
  }

  @TearDown
  public void tearDown() throws SQLException {
    emf.close();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
    database.dispose();
  }
}
