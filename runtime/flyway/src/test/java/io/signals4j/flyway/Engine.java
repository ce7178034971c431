package io.signals4j.flyway;

import io.signals4j.it.databases.TestDatabases;
import io.signals4j.it.databases.TestDatabases.Database;

/** The two databases the tests run on. */
enum Engine {
  H2,
  POSTGRESQL;

  Database create(String name) {
    return this == H2 ? TestDatabases.h2(name) : TestDatabases.postgres(name);
  }
}
