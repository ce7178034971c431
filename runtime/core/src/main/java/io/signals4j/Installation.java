package io.signals4j;

/** A registry installed into one {@link Signals}, with the instances its receivers are called on. */
final class Installation {

  final SignalRegistry registry;
  final int rank;
  final Object[] instances;

  Installation(SignalRegistry registry, int rank, InstanceSource source) {
    this.registry = registry;
    this.rank = rank;
    this.instances = registry.createInstances(source);
  }
}
