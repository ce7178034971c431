package io.signals4j.it.modular;

import io.signals4j.SignalsApp;

/** Names the module's registry. */
@SignalsApp(registry = "ModularSignals")
final class ModularApp {
  private ModularApp() {}
}
