package io.signals4j.jdbc;

import io.signals4j.SignalsApp;

/** Names the registry of the receivers these tests declare. */
@SignalsApp(registry = "JdbcTestSignals")
final class JdbcTestApp {}
