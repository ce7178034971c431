package io.signals4j.jdbc;

import io.signals4j.it.databases.TestDatabases;
import io.signals4j.it.databases.TestDatabases.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The two databases the tests run on, and what differs between them. */
enum Engine {
  H2("SET SCHEMA_SEARCH_PATH APP, PUBLIC", "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"),
  POSTGRESQL(
      "SET search_path TO app, public",
      "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()");

  /** A receiver's session setting: look up unqualified names in schema {@code app} first. */
  final String searchApp;

  /** How many sessions the database has open, the asking one included. */
  private final String sessionCount;

  Engine(String searchApp, String sessionCount) {
    this.searchApp = searchApp;
    this.sessionCount = sessionCount;
  }

  Database create(String name) {
    return this == H2 ? TestDatabases.h2(name) : TestDatabases.postgres(name);
  }

  /** The sessions open on the database besides the one that counts them. */
  int otherSessions(Database database) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sessionCount)) {
      rows.next();
      return rows.getInt(1) - 1;
    }
  }

  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static String queryString(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  static boolean isClosed(Connection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** Waits for a pool's background work, failing the test after ten seconds. */
  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting until " + what);
      }
      Thread.sleep(10);
    }
  }
}
