package io.signals4j.internal;

import io.signals4j.SignalRegistry;

/**
 * What {@link java.util.ServiceLoader} finds of a generated registry on the class path, where it
 * can only construct a provider: a small object that hands over the registry's one {@code REGISTRY}
 * instance, so that discovery never makes a second registry. On the module path the registry's
 * static {@code provider()} method returns {@code REGISTRY} itself.
 */
@UsedByGeneratedCode
public interface RegistryReference extends SignalRegistry {

  /**
   * The registry this reference stands for.
   *
   * @return the registry's one {@code REGISTRY} instance, never a new one
   */
  SignalRegistry registry();
}
