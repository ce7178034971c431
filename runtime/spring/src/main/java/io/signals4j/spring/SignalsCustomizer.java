package io.signals4j.spring;

import io.signals4j.Signals;

/**
 * Adjusts the builder of the {@link Signals} bean that {@link EnableSignals} defines, after it has
 * its registries, suppliers and transaction hook: for an executor, a recursion limit, more
 * transaction hooks or instances supplied by hand. Declare it as a bean; all such beans are
 * applied in their Spring order.
 *
 * <pre>{@code
 * @Bean SignalsCustomizer asyncOnVirtualThreads() {
 *   return builder -> builder.asyncExecutor(Executors.newVirtualThreadPerTaskExecutor());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SignalsCustomizer {

  /**
   * Adjusts the builder.
   *
   * @param builder the builder of the application's signals
   */
  void customize(Signals.Builder builder);
}
