package io.signals4j.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.signals4j.Signals;
import io.signals4j.it.databases.TestDatabases;
import io.signals4j.it.databases.TestDatabases.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredReceiverTest {

  @Test
  void receiverDeclaredForTheDataSourceClassGetsItsTypedDataSource() throws SQLException {
    Database database = TestDatabases.h2("declared");
    try (Connection setUp = database.connect()) {
      Engine.execute(setUp, "CREATE SCHEMA app");
      Engine.execute(setUp, "CREATE TABLE app.colour (name VARCHAR(20))");
      Engine.execute(setUp, "INSERT INTO app.colour VALUES ('red')");
    }
    Signals signals = Signals.ready(JdbcTestSignals.REGISTRY);

    try (Connection connection = SignalingDataSource.wrap(database.dataSource(), signals).getConnection()) {
      assertEquals("red", Engine.queryString(connection, "SELECT name FROM colour"));
    }

    assertEquals(List.of(database.url()), SessionReceivers.SET_UP);
  }
}
