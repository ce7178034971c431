package io.signals4j.junit;

import io.signals4j.SignalsApp;

/** Names the registry of the receivers these tests declare. */
@SignalsApp(registry = "JunitTestSignals")
final class JunitTestApp {}
