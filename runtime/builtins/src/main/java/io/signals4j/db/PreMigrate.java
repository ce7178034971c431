package io.signals4j.db;

import java.sql.Connection;
import java.util.List;
import java.util.Objects;

/**
 * A migration run is about to apply its plan: Django's {@code pre_migrate}. Sent once per run,
 * also when nothing is pending, before anything is applied; a receiver that throws stops the run
 * before its first migration.
 *
 * <p>Django's arguments and what became of each:
 *
 * <ul>
 *   <li>{@code sender} and {@code app_config}: Django sends once per installed app, with its
 *       {@code AppConfig}. A migration tool has one list of migrations and no apps, so there is one
 *       send per run, and the sender is the class of the component that sends it.
 *   <li>{@code using}: {@link #using()}, the name of the database; {@link #connection()} is the
 *       connection to it that a Django receiver would get from {@code connections[using]}.
 *   <li>{@code plan}: {@link #plan()}, the migrations pending before the run, in the order they
 *       will be applied.
 *   <li>{@code apps}: Django's historical model registry as it was before the run. Migrations
 *       written in SQL or JDBC have no model state, so there is nothing to pass; a receiver reads
 *       the schema through the connection.
 *   <li>{@code verbosity} and {@code stdout}: the migration tool writes its progress to its own
 *       logger, whose level and destination the logging configuration decides, so receivers log
 *       to theirs.
 *   <li>{@code interactive}: a migration run never asks the user anything, so it would always be
 *       false.
 * </ul>
 *
 * @param using the name of the database, Django's database alias ({@code "default"} unless the
 *     application named it)
 * @param plan the migrations that the run is about to apply, in order; empty if none is pending
 * @param connection the connection that the run migrates on, valid during the send only; receivers
 *     must not close it
 */
public record PreMigrate(String using, List<Migration> plan, Connection connection) {

  /**
   * Checks that every component is present, and copies the plan.
   *
   * @param using the database name
   * @param plan the plan, copied
   * @param connection the connection
   */
  public PreMigrate {
    Objects.requireNonNull(using, "using");
    plan = List.copyOf(plan);
    Objects.requireNonNull(connection, "connection");
  }
}
