package io.signals4j.db;

import java.util.Objects;

/**
 * One migration of a {@link PreMigrate} or {@link PostMigrate} plan: the part of a Django plan
 * entry {@code (migration, backwards)} that a migration tool without reverse migrations has. Plans
 * only ever go forwards here, so there is no {@code backwards} flag.
 *
 * @param version the version, such as {@code "2"} or {@code "1.1"}; null for a repeatable
 *     migration, which has none
 * @param description the description, such as {@code "create colours"}
 * @param script the script file name, such as {@code "V2__create_colours.sql"}, or the class name
 *     of a migration written in Java
 */
public record Migration(String version, String description, String script) {

  /**
   * Checks that the description and the script are present.
   *
   * @param version the version
   * @param description the description
   * @param script the script
   */
  public Migration {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(script, "script");
  }
}
