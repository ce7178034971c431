package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opt-in discovery of the registries on the class path, through ServiceLoader. */
class DiscoveryTest {

  @Test
  void discoveryFindsTheRegistryItselfNotASecondInstance() {
    List<SignalRegistry> found = RegistryDiscovery.registries();

    assertEquals(1, found.size());
    assertSame(DiscoverableSignals.REGISTRY, found.get(0));
  }

  @Test
  void installDiscoveredInstallsThemAfterTheNamedOnesAndOnce() {
    Signals signals = Signals.builder()
        .install(BillingSignals.REGISTRY, DiscoverableSignals.REGISTRY)
        .installDiscovered()
        .ready();
    Saved payload = new Saved();

    signals.signal(Saved.class).send(User.class, payload);

    assertEquals(List.of(BillingSignals.REGISTRY, DiscoverableSignals.REGISTRY), signals.registries());
    assertEquals(
        List.of("Billing.urgent", "Billing.charge", "noted by io.signals4j.DiscoverableSignals"),
        payload.log());
  }

  @Test
  void aClassLoaderThatSeesNoRegistryFindsNone() {
    assertEquals(List.of(), RegistryDiscovery.registries(ClassLoader.getPlatformClassLoader()));
  }
}
