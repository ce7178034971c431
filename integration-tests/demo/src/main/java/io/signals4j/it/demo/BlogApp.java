package io.signals4j.it.demo;

import io.signals4j.SignalsApp;

/** Names the registry that the processor writes for the demo's receivers: {@code BlogSignals}. */
@SignalsApp(registry = "BlogSignals")
public final class BlogApp {

  private BlogApp() {}
}
