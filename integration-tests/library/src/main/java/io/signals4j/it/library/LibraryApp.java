package io.signals4j.it.library;

import io.signals4j.SignalsApp;

/** Names this module's registry: {@code io.signals4j.it.library.LibrarySignals}. */
@SignalsApp(registry = "LibrarySignals")
public final class LibraryApp {

  private LibraryApp() {}
}
