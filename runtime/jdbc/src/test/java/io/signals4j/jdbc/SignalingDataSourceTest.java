package io.signals4j.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Connect;
import io.signals4j.ReceiverException;
import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.db.ConnectionCreated;
import io.signals4j.it.databases.TestDatabases;
import io.signals4j.it.databases.TestDatabases.Database;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ConnectionBuilder;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.ShardingKey;
import java.sql.Wrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignalingDataSourceTest {

  private final Signals signals = Signals.ready();
  private final Signal<ConnectionCreated<?>> connectionCreated = signals.signal(ConnectionCreated.class);
  private final List<ConnectionCreated<?>> sent = new ArrayList<>();
  private final List<Class<?>> senders = new ArrayList<>();

  private void record() {
    connectionCreated.connect((created, sender) -> {
      sent.add(created);
      senders.add(sender);
    });
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void eachGetConnectionSendsTheNewConnectionFromTheWrappedDataSourcesClass(Engine engine)
      throws SQLException {
    Database database = engine.create("each_get_connection");
    record();
    DataSource wrapped = SignalingDataSource.wrap(database.dataSource(), signals, "colours");

    try (Connection plain = wrapped.getConnection();
        Connection withCredentials = wrapped.getConnection(database.user(), database.password())) {
      assertEquals(2, sent.size());
      assertSame(plain, sent.get(0).connection());
      assertSame(withCredentials, sent.get(1).connection());
      for (ConnectionCreated<?> created : sent) {
        assertEquals("colours", created.using());
        assertSame(database.dataSource(), created.dataSource());
      }
      assertEquals(List.of(database.dataSource().getClass(), database.dataSource().getClass()), senders);
      assertFalse(plain.isClosed());
    }
  }

  @Test
  void withoutANameTheDatabaseIsDefaultAsInDjango() throws SQLException {
    record();
    try (Connection connection =
        SignalingDataSource.wrap(TestDatabases.h2("default_name").dataSource(), signals).getConnection()) {
      assertSame(connection, sent.get(0).connection());
      assertEquals("default", sent.get(0).using());
    }
  }

  @Test
  void receiverForAnotherDataSourceClassIsNotCalled() throws SQLException {
    List<Object> seen = new ArrayList<>();
    connectionCreated.connect((created, sender) -> {
      seen.add(created);
    }, Connect.sender(DataSource.class));
    try (Connection connection =
        SignalingDataSource.wrap(TestDatabases.h2("other_sender").dataSource(), signals).getConnection()) {
      assertFalse(connection.isClosed());
      assertTrue(seen.isEmpty(), "senders match by identity, as in Django: " + seen);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void failingReceiverClosesTheNewConnectionAndFailsGetConnection(Engine engine) {
    Database database = engine.create("failing_receiver");
    List<Connection> given = new ArrayList<>();
    connectionCreated.connect((created, sender) -> {
      given.add(created.connection());
      throw new IllegalStateException("no type handlers");
    }, Connect.sender(database.dataSource().getClass()).named("registerTypeHandlers"));
    DataSource wrapped = SignalingDataSource.wrap(database.dataSource(), signals);

    SQLException failure = assertThrows(SQLException.class, wrapped::getConnection);

    assertEquals(SignalingDataSource.CONNECTION_NOT_ESTABLISHED, failure.getSQLState());
    ReceiverException cause = assertInstanceOf(ReceiverException.class, failure.getCause());
    assertEquals(ConnectionCreated.class, cause.signal());
    assertEquals(database.dataSource().getClass(), cause.sender());
    assertEquals("registerTypeHandlers", cause.receiver().name());
    assertTrue(failure.getMessage().contains("registerTypeHandlers"), failure.getMessage());
    assertTrue(failure.getMessage().contains(ConnectionCreated.class.getName()), failure.getMessage());
    assertTrue(failure.getMessage().contains(database.dataSource().getClass().getName()), failure.getMessage());
    assertTrue(failure.getMessage().contains("no type handlers"), failure.getMessage());
    assertEquals(1, given.size());
    assertTrue(Engine.isClosed(given.get(0)), "the connection the receiver failed on must not leak");
  }

  @Test
  void errorFromAReceiverClosesTheConnectionAndPropagatesUnchanged() {
    List<Connection> given = new ArrayList<>();
    AssertionError thrown = new AssertionError("receiver assertion");
    connectionCreated.connect((created, sender) -> {
      given.add(created.connection());
      throw thrown;
    });
    DataSource wrapped = SignalingDataSource.wrap(TestDatabases.h2("error").dataSource(), signals);

    assertSame(thrown, assertThrows(AssertionError.class, wrapped::getConnection));
    assertTrue(Engine.isClosed(given.get(0)));
  }

  @Test
  void unwrapFindsTheWrapperTheWrappedDataSourceAndWhatItWraps() throws SQLException {
    JdbcDataSource h2 = (JdbcDataSource) TestDatabases.h2("unwrap").dataSource();
    SignalingDataSource wrapped = SignalingDataSource.wrap(h2, signals);

    assertSame(wrapped, wrapped.unwrap(SignalingDataSource.class));
    assertSame(wrapped, wrapped.unwrap(DataSource.class));
    assertSame(h2, wrapped.unwrap(JdbcDataSource.class));
    assertTrue(wrapped.isWrapperFor(JdbcDataSource.class));
    assertTrue(wrapped.isWrapperFor(Wrapper.class));
    assertFalse(wrapped.isWrapperFor(Connection.class));
    assertThrows(SQLException.class, () -> wrapped.unwrap(Connection.class));
  }

  @Test
  void settingsReachTheWrappedDataSource() throws SQLException {
    JdbcDataSource h2 = (JdbcDataSource) TestDatabases.h2("settings").dataSource();
    SignalingDataSource wrapped = SignalingDataSource.wrap(h2, signals);

    wrapped.setLoginTimeout(7);

    assertEquals(7, h2.getLoginTimeout());
    assertEquals(7, wrapped.getLoginTimeout());
  }

  @Test
  void wrappingASignalingDataSourceAgainIsRejected() {
    SignalingDataSource once = SignalingDataSource.wrap(TestDatabases.h2("twice").dataSource(), signals);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SignalingDataSource.wrap(once, signals));
    assertTrue(e.getMessage().contains("twice"), e.getMessage());
  }

  @Test
  void connectionBuilderOfTheWrappedDataSourceAlsoSends() throws SQLException {
    record();
    DataSource wrapped = SignalingDataSource.wrap(new BuildingDataSource("builder"), signals);

    try (Connection connection = wrapped.createConnectionBuilder().user("sa").password("").build()) {
      assertEquals(1, sent.size());
      assertSame(connection, sent.get(0).connection());
    }
  }

  @Test
  void dataSourceWithoutConnectionBuilderStillHasNone() {
    DataSource wrapped = SignalingDataSource.wrap(TestDatabases.h2("no_builder").dataSource(), signals);

    assertThrows(SQLFeatureNotSupportedException.class, wrapped::createConnectionBuilder);
  }

  /** H2, which has no {@link ConnectionBuilder} of its own, given one that opens real connections. */
  private static final class BuildingDataSource implements DataSource {
    private final DataSource h2;

    BuildingDataSource(String name) {
      h2 = TestDatabases.h2(name).dataSource();
    }

    @Override
    public ConnectionBuilder createConnectionBuilder() {
      return new ConnectionBuilder() {
        private String user;
        private String password;

        @Override
        public ConnectionBuilder user(String username) {
          user = username;
          return this;
        }

        @Override
        public ConnectionBuilder password(String secret) {
          password = secret;
          return this;
        }

        @Override
        public ConnectionBuilder shardingKey(ShardingKey shardingKey) {
          return this;
        }

        @Override
        public ConnectionBuilder superShardingKey(ShardingKey superShardingKey) {
          return this;
        }

        @Override
        public Connection build() throws SQLException {
          return getConnection(user, password);
        }
      };
    }

    @Override
    public Connection getConnection() throws SQLException {
      return h2.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return h2.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return h2.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      h2.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      h2.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return h2.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return h2.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      return h2.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
      return h2.isWrapperFor(iface);
    }
  }
}
