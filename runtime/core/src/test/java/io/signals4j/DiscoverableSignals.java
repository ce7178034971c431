package io.signals4j;

import io.signals4j.internal.RegistryReference;

/**
 * A registry shaped for discovery as generated ones are: one {@code REGISTRY}, and a nested
 * provider that {@link java.util.ServiceLoader} constructs on the class path, listed in this
 * module's test {@code META-INF/services/io.signals4j.SignalRegistry}.
 */
final class DiscoverableSignals extends SingleReceiverRegistry {

  static final DiscoverableSignals REGISTRY = new DiscoverableSignals();

  private DiscoverableSignals() {
    super("io.signals4j.DiscoverableSignals", Phase.DURING_SEND);
  }

  /** What the module path's {@code provides ... with DiscoverableSignals} calls. */
  public static SignalRegistry provider() {
    return REGISTRY;
  }

  @Override
  Object newInstance() {
    return new Object();
  }

  /** What the class path's services file names: it hands over {@link #REGISTRY}. */
  public static final class Discovered implements RegistryReference {
    /** For {@link java.util.ServiceLoader}. */
    public Discovered() {}

    @Override
    public String name() {
      return REGISTRY.name();
    }

    @Override
    public SignalRegistry registry() {
      return REGISTRY;
    }
  }
}
