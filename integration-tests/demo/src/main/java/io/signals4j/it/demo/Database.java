package io.signals4j.it.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the demo runs on, given by its JDBC URL: embedded H2 by default, or a PostgreSQL
 * server. The demo keeps to a schema of its own, {@value #SCHEMA}, which it drops and creates
 * again on every run, so that it can run again and again against the same database.
 *
 * @param url the JDBC URL
 * @param dataSource the driver's own data source for it, not pooled
 */
public record Database(String url, DataSource dataSource) {

  /** The schema the demo creates its tables in. */
  public static final String SCHEMA = "blog";

  /** The database of a run without arguments: H2 in memory, kept until the JVM exits. */
  public static final String DEFAULT_URL = "jdbc:h2:mem:blog;DB_CLOSE_DELAY=-1";

  /**
   * Checks that no component is null.
   *
   * @param url the JDBC URL
   * @param dataSource the driver's own data source for it
   */
  public Database {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * The database of a JDBC URL.
   *
   * @param url {@code jdbc:h2:...} (user {@code sa}) or {@code jdbc:postgresql://...} with its
   *     credentials in the URL
   * @return the database
   * @throws IllegalArgumentException for any other kind of URL
   */
  public static Database of(String url) {
    Objects.requireNonNull(url, "url");
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser("sa");
      h2.setPassword("");
      return new Database(url, h2);
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(url);
      return new Database(url, postgres);
    }
    throw new IllegalArgumentException(
        "The demo runs on H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql://host:port/database"
            + "?user=...&password=...), not on " + url);
  }

  /**
   * Drops the demo's schema with everything in it, if it exists.
   *
   * @throws SQLException if the database refuses
   */
  public void dropSchema() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS \"" + SCHEMA + "\" CASCADE");
    }
  }

  /**
   * Counts rows in the demo's schema.
   *
   * @param sql a {@code SELECT COUNT(*)} whose tables are named without schema
   * @return the count
   * @throws SQLException if the query fails
   */
  public long count(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setSchema(SCHEMA);
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
