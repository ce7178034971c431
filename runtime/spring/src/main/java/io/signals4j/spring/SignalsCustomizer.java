package io.signals4j.spring;

import io.signals4j.Signals;

/**
 * Adjusts the builder of the {@link Signals} bean that {@link EnableSignals} defines, once it has
 * its registries and suppliers: for an executor, a recursion limit, instances supplied by hand,
 * logging of sends, or transaction hooks, which are asked before Spring's. Declare it as a bean;
 * all such beans are applied in their Spring order.
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
