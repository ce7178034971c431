package io.signals4j.db;

import java.sql.Connection;
import java.util.List;
import java.util.Objects;

/**
 * A migration run has applied its plan: Django's {@code post_migrate}, where receivers create the
 * rows an application needs (Django creates its content types and permissions there). Sent once
 * per successful run, also when there was nothing to apply, so that such receivers run on every
 * deployment; not sent when a migration failed, as in Django, where {@code migrate} raises before
 * sending it.
 *
 * <p>The arguments are Django's, mapped as {@link PreMigrate} describes. As Django's documentation
 * says of its own, receivers must not change the schema, which the migrations alone describe.
 *
 * @param using the name of the database, Django's database alias ({@code "default"} unless the
 *     application named it)
 * @param plan the migrations that the run applied, in the order it applied them; empty if none.
 *     Django passes the plan it set out to apply; the two differ only when a concurrent migration
 *     applied part of that plan first
 * @param connection a connection to the migrated database, valid during the send only; receivers
 *     must not close it
 */
public record PostMigrate(String using, List<Migration> plan, Connection connection) {

  /**
   * Checks that every component is present, and copies the plan.
   *
   * @param using the database name
   * @param plan the plan, copied
   * @param connection the connection
   */
  public PostMigrate {
    Objects.requireNonNull(using, "using");
    plan = List.copyOf(plan);
    Objects.requireNonNull(connection, "connection");
  }
}
