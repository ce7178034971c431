/**
 * Fires Django's {@code connection_created} for every new physical JDBC connection: wrap the
 * {@code DataSource} that a connection pool opens its connections from in a {@link
 * io.signals4j.jdbc.SignalingDataSource}.
 */
package io.signals4j.jdbc;
