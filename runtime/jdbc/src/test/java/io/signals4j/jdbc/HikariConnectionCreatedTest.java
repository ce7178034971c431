package io.signals4j.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import io.signals4j.Connect;
import io.signals4j.ReceiverException;
import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.db.ConnectionCreated;
import io.signals4j.it.databases.TestDatabases.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link SignalingDataSource} as HikariCP's source of physical connections. */
class HikariConnectionCreatedTest {

  private final Signals signals = Signals.ready();
  private final Signal<ConnectionCreated<?>> connectionCreated = signals.signal(ConnectionCreated.class);
  private final List<Opened> opened = new CopyOnWriteArrayList<>();
  private final List<HikariDataSource> pools = new ArrayList<>();

  /** What a receiver saw of one new connection. */
  private record Opened(Connection connection, boolean autoCommit, String thread) {}

  @AfterEach
  void closePools() {
    pools.forEach(HikariDataSource::close);
  }

  private void recordFor(Database database) {
    connectionCreated.connect((created, sender) -> {
      opened.add(new Opened(
          created.connection(), created.connection().getAutoCommit(), Thread.currentThread().getName()));
    }, Connect.sender(database.dataSource().getClass()));
  }

  /** A pool on {@code database} through the wrapper, once it holds its minimum of connections. */
  private HikariDataSource pool(Database database, int minimumIdle, int maximumPoolSize)
      throws InterruptedException {
    HikariConfig config = new HikariConfig();
    config.setPoolName("colours");
    config.setDataSource(SignalingDataSource.wrap(database.dataSource(), signals));
    config.setMinimumIdle(minimumIdle);
    config.setMaximumPoolSize(maximumPoolSize);
    config.setAutoCommit(false);
    config.setConnectionTimeout(5_000);
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    Engine.await("the pool holds " + minimumIdle + " connections", () -> total(pool) == minimumIdle);
    return pool;
  }

  private static int total(HikariDataSource pool) {
    return pool.getHikariPoolMXBean().getTotalConnections();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void initialFillSendsOncePerPhysicalConnectionAndBorrowsSendNothing(Engine engine) throws Exception {
    Database database = engine.create("initial_fill");
    recordFor(database);
    HikariDataSource pool = pool(database, 2, 2);
    assertEquals(2, opened.size());

    for (int i = 0; i < 20; i++) {
      try (Connection borrowed = pool.getConnection()) {
        assertEquals("1", Engine.queryString(borrowed, "SELECT 1"));
      }
    }

    assertEquals(2, opened.size(), "borrowing from the pool opens no connection: " + opened);
    assertNotSame(opened.get(0).connection(), opened.get(1).connection());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void growthToTheMaximumSendsForEachNewConnectionOnThePoolsOwnThread(Engine engine) throws Exception {
    Database database = engine.create("growth");
    recordFor(database);
    HikariDataSource pool = pool(database, 1, 3);

    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        held.add(pool.getConnection());
      }
      assertEquals(3, total(pool));
      assertEquals(3, opened.size(), "one send per physical connection: " + opened);
      String borrower = Thread.currentThread().getName();
      assertEquals(borrower, opened.get(0).thread(), "the first connection comes with the pool's construction");
      for (Opened grown : opened.subList(1, 3)) {
        assertTrue(grown.thread().contains("connection-adder"),
            "HikariCP opens connections to grow on its own thread, not the borrower's (" + borrower
                + "): " + grown.thread());
      }
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void receiversSeeTheRawConnectionBeforeThePoolConfiguresIt(Engine engine) throws Exception {
    Database database = engine.create("raw_connection");
    recordFor(database);
    HikariDataSource pool = pool(database, 1, 1);

    try (Connection borrowed = pool.getConnection()) {
      assertFalse(borrowed.getAutoCommit(), "the pool is configured with autoCommit=false");
      assertTrue(opened.get(0).autoCommit(), "a receiver gets the driver's default, autoCommit=true");
      assertTrue(borrowed.isWrapperFor(Connection.class));
      assertEquals(opened.get(0).connection(), borrowed.unwrap(Connection.class));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void softEvictionAndRefillSendAgain(Engine engine) throws Exception {
    Database database = engine.create("soft_evict");
    recordFor(database);
    HikariDataSource pool = pool(database, 2, 2);
    assertEquals(2, opened.size());

    pool.getHikariPoolMXBean().softEvictConnections();

    Engine.await("the pool refilled with 2 announced connections",
        () -> opened.size() == 4 && total(pool) == 2);
    assertTrue(Engine.isClosed(opened.get(0).connection()) && Engine.isClosed(opened.get(1).connection()),
        "the evicted connections are closed");
    try (Connection borrowed = pool.getConnection()) {
      Connection physical = borrowed.unwrap(Connection.class);
      assertTrue(physical == opened.get(2).connection() || physical == opened.get(3).connection());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void sessionSettingMadeByAReceiverIsSeenOnBorrowedConnections(Engine engine) throws Exception {
    Database database = engine.create("search_path");
    try (Connection setUp = database.connect()) {
      Engine.execute(setUp, "CREATE SCHEMA app");
      Engine.execute(setUp, "CREATE TABLE app.colour (name VARCHAR(20))");
      Engine.execute(setUp, "INSERT INTO app.colour VALUES ('red')");
    }
    // contrib.postgres's idiom: configure each new connection once, where it is created.
    connectionCreated.connect((created, sender) -> {
      Engine.execute(created.connection(), engine.searchApp);
    }, Connect.sender(database.dataSource().getClass()));
    HikariDataSource pool = pool(database, 2, 2);

    for (int i = 0; i < 4; i++) {
      try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
        assertEquals("red", Engine.queryString(first, "SELECT name FROM colour"));
        assertEquals("red", Engine.queryString(second, "SELECT name FROM colour"));
        first.rollback();
        second.rollback();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void failingReceiverMakesThePoolRetryWithoutLeakingConnections(Engine engine) throws Exception {
    Database database = engine.create("failing_receiver");
    AtomicBoolean failing = new AtomicBoolean();
    List<Connection> refused = new CopyOnWriteArrayList<>();
    connectionCreated.connect((created, sender) -> {
      if (failing.get()) {
        refused.add(created.connection());
        throw new IllegalStateException("type handlers unavailable");
      }
      opened.add(new Opened(created.connection(), true, Thread.currentThread().getName()));
    }, Connect.sender(database.dataSource().getClass()));
    HikariDataSource pool = pool(database, 2, 2);

    failing.set(true);
    pool.getHikariPoolMXBean().softEvictConnections();
    Engine.await("the pool retried after failed receivers", () -> refused.size() >= 3);
    failing.set(false);

    Engine.await("the pool refilled once the receiver succeeds", () -> total(pool) == 2 && opened.size() == 4);
    for (Connection connection : refused) {
      assertTrue(Engine.isClosed(connection), "a refused connection must not leak");
    }
    Engine.await("the database has exactly the pool's sessions open",
        () -> otherSessions(engine, database) == total(pool));
    try (Connection borrowed = pool.getConnection()) {
      assertEquals("1", Engine.queryString(borrowed, "SELECT 1"));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void failingReceiverAtStartUpFailsThePoolNamingTheReceiver(Engine engine) throws Exception {
    Database database = engine.create("failing_start");
    List<Connection> refused = new CopyOnWriteArrayList<>();
    connectionCreated.connect((created, sender) -> {
      refused.add(created.connection());
      throw new IllegalStateException("type handlers unavailable");
    }, Connect.sender(database.dataSource().getClass()).named("registerTypeHandlers"));

    PoolInitializationException failure =
        assertThrows(PoolInitializationException.class, () -> pool(database, 1, 1));

    SQLException refusal = assertInstanceOf(SQLException.class, failure.getCause());
    ReceiverException cause = assertInstanceOf(ReceiverException.class, refusal.getCause());
    assertEquals("registerTypeHandlers", cause.receiver().name());
    assertTrue(failure.getMessage().contains("registerTypeHandlers"), failure.getMessage());
    assertFalse(refused.isEmpty());
    for (Connection connection : refused) {
      assertTrue(Engine.isClosed(connection));
    }
  }

  private static int otherSessions(Engine engine, Database database) {
    try {
      return engine.otherSessions(database);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
