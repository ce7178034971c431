package io.signals4j.jdbc;

import io.signals4j.Receiver;
import io.signals4j.db.ConnectionCreated;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Declared receivers of {@link ConnectionCreated}, one per kind of database, as users write them. */
final class SessionReceivers {

  /** The databases whose new connections {@link #searchApp} set up. */
  static final List<String> SET_UP = new CopyOnWriteArrayList<>();

  private SessionReceivers() {}

  @Receiver(signal = ConnectionCreated.class, sender = JdbcDataSource.class)
  static void searchApp(ConnectionCreated<JdbcDataSource> created) throws SQLException {
    Engine.execute(created.connection(), Engine.H2.searchApp);
    SET_UP.add(created.dataSource().getURL());
  }

  @Receiver(signal = ConnectionCreated.class, sender = PGSimpleDataSource.class)
  static void neverForH2(ConnectionCreated<PGSimpleDataSource> created) {
    SET_UP.add("PostgreSQL " + created.dataSource().getURL());
  }
}
