package io.signals4j.flyway;

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
import io.signals4j.db.Migration;
import io.signals4j.db.PostMigrate;
import io.signals4j.db.PreMigrate;
import io.signals4j.it.databases.TestDatabases;
import io.signals4j.it.databases.TestDatabases.Database;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignalsCallbackTest {

  private static final String COLOURS = "classpath:db/colours";
  private static final String BROKEN = "classpath:db/broken";
  /** The versioned migrations of {@link #COLOURS} in order, then its repeatable one. */
  private static final List<Migration> ALL = List.of(
      new Migration("1", "create colours", "V1__create_colours.sql"),
      new Migration("2", "add rgb", "V2__add_rgb.sql"),
      new Migration(null, "colour names", "R__colour_names.sql"));

  private final Signals signals = Signals.ready();
  private final Signal<PreMigrate> preMigrate = signals.signal(PreMigrate.class);
  private final Signal<PostMigrate> postMigrate = signals.signal(PostMigrate.class);
  private final SignalsCallback callback = new SignalsCallback(signals);
  private final List<String> sent = new ArrayList<>();
  private final List<List<Migration>> plans = new ArrayList<>();

  /** Records each send: its signal, whether the colour table existed then, and its plan. */
  private void record() {
    preMigrate.connect((pre, sender) -> {
      assertSame(SignalsCallback.class, sender);
      assertEquals("default", pre.using());
      sent.add("pre_migrate colour=" + hasColourTable(pre.connection()));
      plans.add(pre.plan());
    });
    postMigrate.connect((post, sender) -> {
      assertSame(SignalsCallback.class, sender);
      assertEquals("default", post.using());
      sent.add("post_migrate colour=" + hasColourTable(post.connection()));
      plans.add(post.plan());
    });
  }

  private Flyway flyway(Database database, String... locations) {
    return Flyway.configure()
        .dataSource(database.dataSource())
        .locations(locations)
        .callbacks(callback)
        .load();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void firstRunSendsThePendingPlanBeforeAndTheAppliedPlanAfter(Engine engine) {
    Database database = engine.create("first_run");
    record();

    assertEquals(3, flyway(database, COLOURS).migrate().migrationsExecuted);

    assertEquals(List.of("pre_migrate colour=false", "post_migrate colour=true"), sent);
    assertEquals(List.of(ALL, ALL), plans);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void runWithNothingPendingStillSendsBothWithEmptyPlans(Engine engine) {
    Database database = engine.create("nothing_pending");
    flyway(database, COLOURS).migrate();
    record();

    assertEquals(0, flyway(database, COLOURS).migrate().migrationsExecuted);

    assertEquals(List.of("pre_migrate colour=true", "post_migrate colour=true"), sent);
    assertEquals(List.of(List.of(), List.of()), plans);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void brokenMigrationSendsPreMigrateButNoPostMigrate(Engine engine) throws SQLException {
    Database database = engine.create("broken");
    flyway(database, COLOURS).migrate();
    record();

    assertThrows(FlywayException.class, () -> flyway(database, COLOURS, BROKEN).migrate());

    assertEquals(List.of("pre_migrate colour=true"), sent);
    assertEquals(List.of(List.of(new Migration("3", "half written", "V3__half_written.sql"))), plans);
    assertEquals(0, count(database, "SELECT COUNT(*) FROM colour WHERE id = 100"));
  }

  @Test
  void runThatFailsValidationSendsNeither() {
    // H2 keeps a failed migration in the schema history, which fails the next run's validation.
    Database database = TestDatabases.h2("failed_validation");
    flyway(database, COLOURS).migrate();
    assertThrows(FlywayException.class, () -> flyway(database, COLOURS, BROKEN).migrate());
    record();

    FlywayException failure =
        assertThrows(FlywayException.class, () -> flyway(database, COLOURS, BROKEN).migrate());

    assertTrue(failure.getMessage().contains("Validate failed"), failure.getMessage());
    assertEquals(List.of(), sent);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void failingPreMigrateReceiverStopsTheRunBeforeAnyMigration(Engine engine) throws SQLException {
    Database database = engine.create("failing_pre");
    boolean[] failing = {true};
    preMigrate.connect((pre, sender) -> {
      if (failing[0]) {
        throw new IllegalStateException("maintenance window closed");
      }
    }, Connect.sender(SignalsCallback.class).named("checkMaintenanceWindow"));
    record();
    Flyway flyway = flyway(database, COLOURS);

    FlywayException failure = assertThrows(FlywayException.class, flyway::migrate);

    assertNamesTheReceiver(failure, "checkMaintenanceWindow", PreMigrate.class);
    assertTrue(failure.getMessage().contains("maintenance window closed"), failure.getMessage());
    assertTrue(sent.isEmpty(), "later receivers do not run: " + sent);
    assertEquals(List.of(), versions(flyway.info().applied()));
    assertFalse(hasColourTable(database));

    failing[0] = false;
    flyway.migrate();

    assertEquals(List.of("pre_migrate colour=false", "post_migrate colour=true"), sent);
    assertEquals(List.of(ALL, ALL), plans);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void failingPostMigrateReceiverKeepsTheMigrationsAndRollsBackItsWrites(Engine engine)
      throws SQLException {
    Database database = engine.create("failing_post");
    postMigrate.connect((post, sender) -> {
      insertColour(post.connection(), 1, "red");
      throw new IllegalStateException("no permissions table");
    }, Connect.sender(SignalsCallback.class).named("createPermissions"));
    Flyway flyway = flyway(database, COLOURS);

    FlywayException failure = assertThrows(FlywayException.class, flyway::migrate);

    assertNamesTheReceiver(failure, "createPermissions", PostMigrate.class);
    assertEquals(List.of("1", "2"), versions(flyway.info().applied()));
    assertEquals(0, count(database, "SELECT COUNT(*) FROM colour"), "the receiver's insert is rolled back");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void withoutTransactionsAFailingPostMigrateReceiverKeepsWhatItWrote(Engine engine) throws SQLException {
    Database database = engine.create("no_transaction");
    postMigrate.connect((post, sender) -> {
      insertColour(post.connection(), 1, "red");
      throw new IllegalStateException("no permissions table");
    });
    Flyway flyway = Flyway.configure()
        .dataSource(database.dataSource())
        .locations(COLOURS)
        .executeInTransaction(false)
        .callbacks(callback)
        .load();

    assertThrows(FlywayException.class, flyway::migrate);

    assertEquals(1, count(database, "SELECT COUNT(*) FROM colour"));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void postMigrateReceiverCreatesDefaultRowsOnEveryRun(Engine engine) throws SQLException {
    Database database = engine.create("default_rows");
    // Django's post_migrate idiom (create_permissions, create_contenttypes): make sure the rows an
    // application needs exist, whether or not this run migrated anything.
    postMigrate.connect((post, sender) -> {
      String[] defaults = {"red", "green", "blue"};
      for (int i = 0; i < defaults.length; i++) {
        try (PreparedStatement exists =
            post.connection().prepareStatement("SELECT COUNT(*) FROM colour WHERE id = ?")) {
          exists.setInt(1, i + 1);
          try (ResultSet rows = exists.executeQuery()) {
            rows.next();
            if (rows.getInt(1) == 0) {
              insertColour(post.connection(), i + 1, defaults[i]);
            }
          }
        }
      }
    });

    flyway(database, COLOURS).migrate();
    assertEquals(3, count(database, "SELECT COUNT(*) FROM colour"));
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM colour WHERE id = 2");
    }

    flyway(database, COLOURS).migrate();

    assertEquals(3, count(database, "SELECT COUNT(*) FROM colour"));
  }

  @Test
  void pendingPlanIsReadWithoutSendingInfoEventsToOtherCallbacks() {
    Database database = TestDatabases.h2("quiet_plan");
    record();
    List<Event> seen = new ArrayList<>();
    Callback recorder = new Callback() {
      @Override
      public boolean supports(Event event, Context context) {
        return event != Event.CREATE_SCHEMA;
      }

      @Override
      public boolean canHandleInTransaction(Event event, Context context) {
        return true;
      }

      @Override
      public void handle(Event event, Context context) {
        seen.add(event);
      }

      @Override
      public String getCallbackName() {
        return "recorder";
      }
    };

    Flyway.configure()
        .dataSource(database.dataSource())
        .locations(COLOURS)
        .callbacks(callback, recorder)
        .load()
        .migrate();

    assertEquals(List.of(ALL, ALL), plans);
    assertTrue(seen.contains(Event.BEFORE_MIGRATE) && seen.contains(Event.AFTER_MIGRATE), seen.toString());
    assertFalse(seen.contains(Event.BEFORE_INFO) || seen.contains(Event.AFTER_INFO), seen.toString());
  }

  @Test
  void secondCallbacksCallReplacesTheFirst() {
    Database database = TestDatabases.h2("callbacks_twice");
    record();
    Callback other = new SignalsCallback(Signals.ready());

    Flyway.configure()
        .dataSource(database.dataSource())
        .locations(COLOURS)
        .callbacks(callback)
        .callbacks(other)
        .load()
        .migrate();

    assertTrue(sent.isEmpty(), "Flyway kept only the second call's callbacks: " + sent);
  }

  @Test
  void runStartedByAReceiverReportsItsOwnPlan() {
    Database outer = TestDatabases.h2("outer");
    Database inner = TestDatabases.h2("inner");
    List<String> using = new ArrayList<>();
    preMigrate.connect((pre, sender) -> {
      if (using.isEmpty()) {
        using.add("inner started");
        Flyway.configure()
            .dataSource(inner.dataSource())
            .locations(COLOURS, BROKEN)
            .target("2")
            .callbacks(callback)
            .load()
            .migrate();
      }
    });
    record();

    flyway(outer, COLOURS).migrate();

    assertEquals(
        List.of("pre_migrate colour=false", "post_migrate colour=true", "pre_migrate colour=false",
            "post_migrate colour=true"),
        sent);
    assertEquals(List.of(ALL, ALL, ALL, ALL), plans);
  }

  @Test
  void oneCallbackServesRunsOnSeveralThreadsAtOnce() throws Exception {
    Database first = TestDatabases.h2("concurrent_first");
    Database second = TestDatabases.h2("concurrent_second");
    CyclicBarrier bothStarted = new CyclicBarrier(2);
    preMigrate.connect((pre, sender) -> {
      bothStarted.await(10, TimeUnit.SECONDS);
    });
    List<String> applied = new CopyOnWriteArrayList<>();
    postMigrate.connect((post, sender) -> {
      applied.add(post.connection().getMetaData().getURL() + " " + post.plan().size());
    });
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> one = threads.submit(() -> flyway(first, COLOURS).migrate());
      Future<?> other = threads.submit(() -> flyway(second, COLOURS).migrate());
      one.get(20, TimeUnit.SECONDS);
      other.get(20, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }

    assertEquals(
        Set.of(first.url().replace(";DB_CLOSE_DELAY=-1", "") + " 3",
            second.url().replace(";DB_CLOSE_DELAY=-1", "") + " 3"),
        Set.copyOf(applied));
  }

  private static void assertNamesTheReceiver(FlywayException failure, String receiver, Class<?> signal) {
    ReceiverException cause = assertInstanceOf(ReceiverException.class, failure.getCause());
    assertEquals(receiver, cause.receiver().name());
    assertEquals(signal, cause.signal());
    assertEquals(SignalsCallback.class, cause.sender());
    for (String named : List.of(receiver, signal.getName(), SignalsCallback.class.getName())) {
      assertTrue(failure.getMessage().contains(named), failure.getMessage());
    }
  }

  private static List<String> versions(MigrationInfo[] migrations) {
    List<String> versions = new ArrayList<>();
    for (MigrationInfo migration : migrations) {
      if (migration.getVersion() != null) {
        versions.add(migration.getVersion().getVersion());
      }
    }
    return versions;
  }

  private static void insertColour(Connection connection, int id, String name) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO colour (id, name) VALUES (?, ?)")) {
      insert.setInt(1, id);
      insert.setString(2, name);
      insert.executeUpdate();
    }
  }

  private static boolean hasColourTable(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String table = metaData.storesUpperCaseIdentifiers() ? "COLOUR" : "colour";
    try (ResultSet tables = metaData.getTables(null, null, table, null)) {
      return tables.next();
    }
  }

  private static boolean hasColourTable(Database database) throws SQLException {
    try (Connection connection = database.connect()) {
      return hasColourTable(connection);
    }
  }

  private static int count(Database database, String sql) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
