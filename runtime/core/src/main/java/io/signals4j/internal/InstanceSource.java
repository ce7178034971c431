package io.signals4j.internal;

/**
 * Gives a generated registry the instances of {@link io.signals4j.Supplied} receiver classes when it is
 * installed. The runtime implements it from what the application passed to {@link
 * io.signals4j.Signals.Builder#supply} and {@link io.signals4j.Signals.Builder#supplyFrom}.
 */
@UsedByGeneratedCode
public interface InstanceSource {

  /**
   * Returns the instance that receivers declared in {@code type} are called on.
   *
   * @param <T> the receiver class
   * @param type the receiver class
   * @param neededBy a receiver that needs it, for the error message
   * @return the supplied instance, never null
   * @throws IllegalStateException if the application supplied no instance of {@code type}
   */
  <T> T require(Class<T> type, String neededBy);
}
