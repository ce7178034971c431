package io.signals4j.it.modular;

import io.signals4j.RegistryDiscovery;
import io.signals4j.Signals;

/** Sends through the registry installed by name and through the one discovery finds. */
public final class Main {
  private Main() {}

  /**
   * Prints what the receiver answered, once for each way of installing the registry.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Signals named = Signals.ready(ModularSignals.REGISTRY);
    Signals discovered = Signals.builder().installDiscovered().ready();
    System.out.println(named.signal(Greeting.class).send(Main.class, new Greeting("module")).get(0).value());
    System.out.println(discovered.signal(Greeting.class).send(Main.class, new Greeting("discovery")).get(0).value());
    System.out.println("discovered the same registry: "
        + (RegistryDiscovery.registries().get(0) == ModularSignals.REGISTRY));
  }
}
