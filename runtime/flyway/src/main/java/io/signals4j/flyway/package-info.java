/**
 * Fires Django's {@code pre_migrate} and {@code post_migrate} around Flyway's {@code migrate()}:
 * register a {@link io.signals4j.flyway.SignalsCallback} with {@code
 * Flyway.configure().callbacks(...)}.
 */
package io.signals4j.flyway;
