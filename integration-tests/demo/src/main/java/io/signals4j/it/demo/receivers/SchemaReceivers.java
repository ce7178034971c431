package io.signals4j.it.demo.receivers;

import io.signals4j.Receiver;
import io.signals4j.Supplied;
import io.signals4j.db.ConnectionCreated;
import io.signals4j.db.Migration;
import io.signals4j.db.PostMigrate;
import io.signals4j.db.PreMigrate;
import io.signals4j.it.demo.Timeline;
import io.signals4j.model.ClassPrepared;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** What happens while the application starts: migrations, connections, the persistence unit. */
@Supplied
public final class SchemaReceivers {

  /** The tags every blog starts with, created after the migrations as Django apps create theirs. */
  public static final List<String> DEFAULT_TAGS = List.of("django", "java", "signals");

  private final Timeline timeline;

  /**
   * Receivers that report on {@code timeline}.
   *
   * @param timeline where the events go
   */
  public SchemaReceivers(Timeline timeline) {
    this.timeline = timeline;
  }

  /**
   * Reports the migrations about to run.
   *
   * @param migrate the plan
   */
  @Receiver(signal = PreMigrate.class)
  public void reportPlan(PreMigrate migrate) {
    timeline.signal(
        "pre_migrate", migrate.plan().size() + " pending on " + migrate.using() + ": "
            + describe(migrate.plan()));
  }

  /**
   * Creates the default tags once the schema exists, through the migration's own connection:
   * Django's classic use of {@code post_migrate}, which creates default permissions and groups.
   *
   * @param migrate what was applied
   * @throws SQLException if the tags cannot be written; Flyway then fails the migration run
   */
  @Receiver(signal = PostMigrate.class)
  public void createDefaultTags(PostMigrate migrate) throws SQLException {
    try (PreparedStatement insert =
        migrate.connection().prepareStatement("INSERT INTO tags (name) VALUES (?)")) {
      for (String tag : DEFAULT_TAGS) {
        insert.setString(1, tag);
        insert.executeUpdate();
      }
    }
    timeline.signal(
        "post_migrate", "applied " + describe(migrate.plan()) + "; default tags created: "
            + String.join(", ", DEFAULT_TAGS));
  }

  /**
   * Reports each physical connection the pool opens, and the thread it is opened on.
   *
   * @param created the new connection
   * @throws SQLException if the connection cannot describe its database
   */
  @Receiver(signal = ConnectionCreated.class)
  public void reportConnection(ConnectionCreated<?> created) throws SQLException {
    DatabaseMetaData database = created.connection().getMetaData();
    timeline.signal(
        "connection_created", database.getDatabaseProductName() + " "
            + database.getDatabaseProductVersion().split(" ")[0] + " (using=" + created.using()
            + ") on thread " + Thread.currentThread().getName());
  }

  /**
   * Reports each entity class of the persistence unit as it starts.
   *
   * @param prepared the class
   */
  @Receiver(signal = ClassPrepared.class)
  public void reportModel(ClassPrepared<?> prepared) {
    timeline.signal(
        "class_prepared", prepared.model().getSimpleName() + " (unit " + prepared.using() + ")");
  }

  private static String describe(List<Migration> plan) {
    return plan.stream()
        .map(migration -> "V" + migration.version() + " " + migration.description())
        .collect(Collectors.joining(", "));
  }
}
