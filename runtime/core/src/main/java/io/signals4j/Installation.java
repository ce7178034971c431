package io.signals4j;

import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.InstanceSource;
/** A registry installed into one {@link Signals}, with the instances its receivers are called on. */
final class Installation {

  final GeneratedRegistry registry;
  final int rank;
  final Object[] instances;

  Installation(GeneratedRegistry registry, int rank, InstanceSource source) {
    this.registry = registry;
    this.rank = rank;
    this.instances = registry.createInstances(source);
  }
}
