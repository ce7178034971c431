package io.signals4j.it.databases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases that the emitter modules' tests run against: a fresh embedded H2 database, or a
 * fresh database on the PostgreSQL server named by {@value #POSTGRES_URL}.
 *
 * <p>{@code .ci/postgres start} starts a throwaway server and prints that variable. Where it is not
 * set, PostgreSQL tests are skipped on a developer's machine but fail under CI ({@code CI=true}),
 * so that a CI run can never pass without having run them.
 */
public final class TestDatabases {

  /** The environment variable with the JDBC URL of a PostgreSQL server to create databases on. */
  public static final String POSTGRES_URL = "SIGNALS4J_POSTGRES_URL";

  private static final AtomicInteger CREATED = new AtomicInteger();

  private TestDatabases() {}

  /** One database of a test: where it is, and how to reach it. */
  public record Database(String kind, String url, String user, String password, DataSource dataSource) {

    /** Opens a plain connection, outside any pool. */
    public Connection connect() throws SQLException {
      return dataSource.getConnection();
    }

    @Override
    public String toString() {
      return kind;
    }
  }

  /** A fresh, empty in-memory H2 database that lives until the JVM exits. */
  public static Database h2(String name) {
    String url = "jdbc:h2:mem:" + unique(name) + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    dataSource.setPassword("");
    return new Database("H2", url, "sa", "", dataSource);
  }

  /**
   * A fresh, empty database on the PostgreSQL server of {@value #POSTGRES_URL}, which the calling
   * test alone uses, so that tests never see each other's tables.
   */
  public static Database postgres(String name) {
    String server = System.getenv(POSTGRES_URL);
    if (server == null || server.isBlank()) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(
            POSTGRES_URL + " is not set: CI must run the PostgreSQL tests (see .ci/postgres)");
      }
      Assumptions.abort(POSTGRES_URL + " is not set; start a server with .ci/postgres start");
    }
    String database = unique(name).toLowerCase(Locale.ROOT);
    try (Connection admin = DriverManager.getConnection(server);
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + database + " on " + server, e);
    }
    String url = server.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    return new Database("PostgreSQL", url, dataSource.getUser(), dataSource.getPassword(), dataSource);
  }

  /** Both databases, H2 first: for parameterized tests that run on each. */
  public static Database[] both(String name) {
    return new Database[] {h2(name), postgres(name)};
  }

  private static String unique(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9_]", "_");
    return safe + "_" + ProcessHandle.current().pid() + "_" + CREATED.incrementAndGet();
  }
}
