package io.signals4j.spring;

import io.signals4j.SignalsApp;

/** Names the registry of the receivers these tests declare. */
@SignalsApp(registry = "SpringTestSignals")
final class SpringTestApp {}
