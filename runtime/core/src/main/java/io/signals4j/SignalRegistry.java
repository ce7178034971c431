package io.signals4j;

/**
 * The receivers of one module, compiled by the signals4j processor into plain Java: what an
 * application installs, the counterpart of an entry of Django's {@code INSTALLED_APPS}.
 *
 * <pre>{@code
 * Signals signals = Signals.ready(ShopSignals.REGISTRY, BillingSignals.REGISTRY);
 * }</pre>
 *
 * <p>Each module with {@link Receiver} methods gets one generated class that implements this
 * interface, named by {@link SignalsApp} or the processor's default, with a static {@code
 * REGISTRY} field to install. Applications do not implement it: everything else a registry
 * answers is for the runtime alone, written by the processor as {@code switch} statements over
 * dense ids, so that the runtime needs no reflection and no class-path scanning.
 */
public interface SignalRegistry {

  /**
   * The registry's name, used in reports and error messages, and to tell registries apart when
   * they are installed.
   *
   * @return the fully qualified name of the generated class, never null
   */
  String name();
}
