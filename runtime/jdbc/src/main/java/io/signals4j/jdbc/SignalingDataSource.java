package io.signals4j.jdbc;

import io.signals4j.ReceiverException;
import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.db.ConnectionCreated;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ConnectionBuilder;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.ShardingKey;
import java.sql.ShardingKeyBuilder;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@code DataSource} that sends {@link ConnectionCreated} (Django's {@code connection_created})
 * for each connection it opens, and otherwise behaves as the data source it wraps. Give it to the
 * connection pool as the source of its physical connections:
 *
 * <pre>{@code
 * HikariConfig config = new HikariConfig();
 * config.setDataSource(SignalingDataSource.wrap(pgDataSource, signals));
 * HikariDataSource pool = new HikariDataSource(config);
 * }</pre>
 *
 * <p>A pool opens a physical connection only to fill or grow itself, and hands out the same ones
 * again on each borrow, so the signal fires once per physical connection, as Django's does once
 * per {@code connect()}; borrowing from the pool never reaches this class. With HikariCP this holds
 * only for {@code setDataSource}: a pool configured with {@code setJdbcUrl} or {@code
 * setDataSourceClassName} builds its own data source and never calls a wrapper.
 *
 * <h2>What receivers see</h2>
 *
 * The sender is the class of the wrapped data source, and the payload carries the connection as
 * that data source returned it, the name given here ({@code using}, Django's database alias) and
 * the wrapped data source. The connection is the raw one, before the pool configures it: a pool
 * sets its auto-commit, isolation, read-only and schema settings, and runs its init SQL, only
 * after this class returns the connection, so a receiver sees the driver's defaults (with
 * HikariCP, {@code autoCommit} is true even when the pool sets it to false). Django, by contrast,
 * sends {@code connection_created} after it has set its connection up. Session settings that a
 * receiver makes, such as {@code SET search_path}, stay with the connection for its whole life,
 * unless the pool's own configuration overrides them (HikariCP's {@code schema}, {@code
 * connectionInitSql}).
 *
 * <p>Receivers run on the thread that asks this data source for a connection. With HikariCP that
 * is the thread constructing the pool for its first connection, and the pool's background thread
 * ({@code connection-adder}) for every later one: never the thread of a request that borrows a
 * connection, which only waits for one.
 *
 * <h2>Failures</h2>
 *
 * The signal is sent with {@link Signal#send}, as Django sends its own, so the first receiver that
 * throws stops the others. The new connection is then closed, so that it does not leak, and {@code
 * getConnection} throws an {@link SQLException} (SQL state {@value #CONNECTION_NOT_ESTABLISHED})
 * whose cause is the {@link ReceiverException} naming the signal, the sender and the receiver. A
 * pool treats that as a failed connection attempt: HikariCP logs it and tries again later, which
 * sends the signal again for the next connection; a failure on the pool's first connection fails
 * the construction of the pool ({@code PoolInitializationException}) unless initialization
 * failures are allowed. (Django leaves the connection open when a receiver raises and does not
 * send the signal for it again.) An {@link Error} from a receiver also closes the connection, and
 * propagates unchanged.
 *
 * <p>When nothing listens for the wrapped data source's class, a new connection costs one check
 * and no payload is built.
 */
public final class SignalingDataSource implements DataSource {

  /** The database name used when none is given: Django's default database alias. */
  public static final String DEFAULT_USING = "default";

  /**
   * The SQL state of the exception that reports a failed receiver: the standard "unable to
   * establish SQL connection".
   */
  public static final String CONNECTION_NOT_ESTABLISHED = "08001";

  private final DataSource dataSource;
  private final String using;
  private final Signal<ConnectionCreated<?>> connectionCreated;
  private final Class<?> sender;

  private SignalingDataSource(DataSource dataSource, Signals signals, String using) {
    this.dataSource = dataSource;
    this.using = using;
    this.connectionCreated = signals.signal(ConnectionCreated.class);
    this.sender = dataSource.getClass();
  }

  /**
   * Wraps a data source so that it sends {@link ConnectionCreated} for the database named {@value
   * #DEFAULT_USING}.
   *
   * @param dataSource the data source that opens the connections
   * @param signals where the signal is sent
   * @return the wrapping data source
   * @throws IllegalArgumentException if {@code dataSource} is already a {@code SignalingDataSource},
   *     which would send the signal twice for each connection
   */
  public static SignalingDataSource wrap(DataSource dataSource, Signals signals) {
    return wrap(dataSource, signals, DEFAULT_USING);
  }

  /**
   * Wraps a data source so that it sends {@link ConnectionCreated} for the database named {@code
   * using}, for applications with several databases.
   *
   * @param dataSource the data source that opens the connections
   * @param signals where the signal is sent
   * @param using the name of the database, Django's database alias
   * @return the wrapping data source
   * @throws IllegalArgumentException if {@code dataSource} is already a {@code SignalingDataSource},
   *     which would send the signal twice for each connection
   */
  public static SignalingDataSource wrap(DataSource dataSource, Signals signals, String using) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(signals, "signals");
    Objects.requireNonNull(using, "using");
    if (dataSource instanceof SignalingDataSource) {
      throw new IllegalArgumentException(
          dataSource + " already sends " + ConnectionCreated.class.getName()
              + "; wrapping it again would send it twice for each connection");
    }
    return new SignalingDataSource(dataSource, signals, using);
  }

  /**
   * The name of the database.
   *
   * @return the name that the signal carries as {@code using}
   */
  public String using() {
    return using;
  }

  /**
   * Opens a connection through the wrapped data source, then sends {@link ConnectionCreated}.
   *
   * @throws SQLException if the wrapped data source fails, or a receiver did (see the class
   *     description)
   */
  @Override
  public Connection getConnection() throws SQLException {
    return announce(dataSource.getConnection());
  }

  /**
   * Opens a connection as {@code username} through the wrapped data source, then sends {@link
   * ConnectionCreated}.
   *
   * @throws SQLException if the wrapped data source fails, or a receiver did (see the class
   *     description)
   */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return announce(dataSource.getConnection(username, password));
  }

  /**
   * A builder of the wrapped data source's whose {@code build()} also sends {@link
   * ConnectionCreated}.
   *
   * @throws SQLFeatureNotSupportedException if the wrapped data source has no connection builder
   */
  @Override
  public ConnectionBuilder createConnectionBuilder() throws SQLException {
    ConnectionBuilder builder = dataSource.createConnectionBuilder();
    return new ConnectionBuilder() {
      @Override
      public ConnectionBuilder user(String username) {
        builder.user(username);
        return this;
      }

      @Override
      public ConnectionBuilder password(String password) {
        builder.password(password);
        return this;
      }

      @Override
      public ConnectionBuilder shardingKey(ShardingKey shardingKey) {
        builder.shardingKey(shardingKey);
        return this;
      }

      @Override
      public ConnectionBuilder superShardingKey(ShardingKey superShardingKey) {
        builder.superShardingKey(superShardingKey);
        return this;
      }

      @Override
      public Connection build() throws SQLException {
        return announce(builder.build());
      }
    };
  }

  private Connection announce(Connection connection) throws SQLException {
    if (!connectionCreated.hasListeners(sender)) {
      return connection;
    }
    try {
      connectionCreated.send(sender, new ConnectionCreated<>(connection, using, dataSource));
      return connection;
    } catch (ReceiverException e) {
      SQLException failure = new SQLException(
          "New connection to " + using + " closed because a connection_created receiver failed: "
              + e.getMessage(),
          CONNECTION_NOT_ESTABLISHED,
          e);
      close(connection, failure);
      throw failure;
    } catch (Throwable t) {
      close(connection, t);
      throw t;
    }
  }

  private static void close(Connection connection, Throwable failure) {
    try {
      connection.close();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * True for the interfaces that this wrapper or the wrapped data source implements, and for
   * whatever the wrapped data source itself wraps.
   */
  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || iface.isInstance(dataSource) || dataSource.isWrapperFor(iface);
  }

  /**
   * This wrapper if it implements {@code iface}, else the wrapped data source if it does, else
   * what the wrapped data source unwraps to.
   *
   * @throws SQLException if neither implements nor wraps {@code iface}
   */
  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    if (iface.isInstance(dataSource)) {
      return iface.cast(dataSource);
    }
    return dataSource.unwrap(iface);
  }

  /** The wrapped data source's log writer. */
  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return dataSource.getLogWriter();
  }

  /** Sets the wrapped data source's log writer. */
  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    dataSource.setLogWriter(out);
  }

  /** Sets the wrapped data source's login timeout. */
  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    dataSource.setLoginTimeout(seconds);
  }

  /** The wrapped data source's login timeout. */
  @Override
  public int getLoginTimeout() throws SQLException {
    return dataSource.getLoginTimeout();
  }

  /** The wrapped data source's parent logger. */
  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return dataSource.getParentLogger();
  }

  /** The wrapped data source's sharding key builder. */
  @Override
  public ShardingKeyBuilder createShardingKeyBuilder() throws SQLException {
    return dataSource.createShardingKeyBuilder();
  }

  @Override
  public String toString() {
    return "SignalingDataSource[" + using + ": " + dataSource + "]";
  }
}
