package io.signals4j.it.app;

import io.signals4j.SignalsApp;

/** Names this module's registry: {@code io.signals4j.it.app.AppSignals}. */
@SignalsApp(registry = "AppSignals")
public final class ShopApp {

  private ShopApp() {}
}
