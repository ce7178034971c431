package io.signals4j.it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.signals4j.SignalRegistry;
import io.signals4j.Signals;
import io.signals4j.internal.RegistryReference;
import io.signals4j.it.library.Journal;
import io.signals4j.it.library.LibrarySignals;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opt-in discovery: {@link ServiceLoader} finds every module's registry on the class path through
 * the services file the processor writes, as references to the one {@code REGISTRY} of each; and
 * the receivers of the test sources make a registry of their own that does not clash with the
 * main one.
 */
class RegistryDiscoveryTest {

  @BeforeEach
  void clearJournal() {
    Journal.clear();
  }

  @Test
  void serviceLoaderFindsAReferenceToTheRegistryOfEveryModule() {
    Map<String, SignalRegistry> found = new TreeMap<>();
    for (SignalRegistry registry : ServiceLoader.load(SignalRegistry.class)) {
      found.put(registry.name(), registry);
    }
    assertEquals(
        List.of(
            "io.signals4j.it.app.AppSignals",
            "io.signals4j.it.app.SignalsRegistryForTests",
            "io.signals4j.it.library.LibrarySignals"),
        List.copyOf(found.keySet()));
    assertSame(AppSignals.REGISTRY, reference(found, "io.signals4j.it.app.AppSignals").registry());
    assertSame(LibrarySignals.REGISTRY, reference(found, "io.signals4j.it.library.LibrarySignals").registry());
    assertSame(
        SignalsRegistryForTests.REGISTRY,
        reference(found, "io.signals4j.it.app.SignalsRegistryForTests").registry());
  }

  @Test
  void providerMethodForTheModulePathReturnsTheRegistry() {
    assertSame(AppSignals.REGISTRY, AppSignals.provider());
    assertSame(LibrarySignals.REGISTRY, LibrarySignals.provider());
  }

  @Test
  void testSourcesMakeARegistryBesideTheMainOne() {
    Signals signals = Signals.builder()
        .install(AppSignals.REGISTRY, SignalsRegistryForTests.REGISTRY)
        .ready();
    signals.signal(UserSignedUp.class).send(null, new UserSignedUp("ann@example.com", "ann"));
    assertEquals(
        // at equal order, registry by registry in install order
        List.of("shop: welcome ann", "test sources: signed up ann", "shop: name ann accepted"),
        Journal.lines());
  }

  private static RegistryReference reference(Map<String, SignalRegistry> found, String name) {
    return assertInstanceOf(RegistryReference.class, found.get(name));
  }
}
