package io.signals4j.db;

import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A new physical database connection was opened: Django's {@code connection_created}, which
 * Django sends from {@code BaseDatabaseWrapper.connect()} for each new connection, and which its
 * {@code contrib.postgres} uses to set a connection up before first use.
 *
 * <p>The sender is the class of the {@code DataSource} that opened the connection (Django's
 * sender is the class of its database wrapper), so a receiver can listen to one kind of database:
 *
 * <pre>{@code
 * @Receiver(signal = ConnectionCreated.class, sender = PGSimpleDataSource.class)
 * static void setSearchPath(ConnectionCreated<PGSimpleDataSource> created) throws SQLException {
 *   try (Statement statement = created.connection().createStatement()) {
 *     statement.execute("SET search_path TO app, public");
 *   }
 * }
 * }</pre>
 *
 * <p>Django passes its wrapper object as {@code connection}; the Java counterpart of that wrapper
 * is the JDBC {@code Connection} itself together with the alias and the {@code DataSource}, which
 * is what this record carries.
 *
 * @param <D> the type of the data source, which is the sender type
 * @param connection the new connection, as the data source returned it: the receiver may run
 *     statements on it, and must neither close it nor keep it beyond the send
 * @param using the name of the database, Django's database alias ({@code "default"} unless the
 *     application named it)
 * @param dataSource the data source that opened the connection: the wrapped one, whose class is
 *     the sender
 */
public record ConnectionCreated<D extends DataSource>(Connection connection, String using, D dataSource) {

  /**
   * Checks that every component is present.
   *
   * @param connection the connection
   * @param using the database name
   * @param dataSource the data source
   */
  public ConnectionCreated {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(using, "using");
    Objects.requireNonNull(dataSource, "dataSource");
  }
}
