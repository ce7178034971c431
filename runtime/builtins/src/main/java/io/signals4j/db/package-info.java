/**
 * The payloads of Django's database signals: {@code connection_created} ({@link
 * io.signals4j.db.ConnectionCreated}), {@code pre_migrate} ({@link io.signals4j.db.PreMigrate})
 * and {@code post_migrate} ({@link io.signals4j.db.PostMigrate}).
 *
 * <p>They name only JDK types, so that receivers compile without the components that send them:
 * {@code signals4j-jdbc} sends {@code ConnectionCreated} from a {@code DataSource} wrapper, and
 * {@code signals4j-flyway} sends the migration signals from a Flyway callback.
 */
package io.signals4j.db;
