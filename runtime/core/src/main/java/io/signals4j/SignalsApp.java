package io.signals4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the registry that the processor generates for this compilation unit (one Maven module):
 * the counterpart of Django's {@code AppConfig}.
 *
 * <pre>{@code
 * @SignalsApp(registry = "BillingSignals")
 * final class BillingApp {}
 * // generates billing.BillingSignals with a REGISTRY constant, installed with
 * // Signals.ready(BillingSignals.REGISTRY)
 * }</pre>
 *
 * <p>At most one class per module carries it. Without it, the processor option {@code
 * signals4j.registry} (a fully qualified class name) decides, and failing that the registry is
 * {@code SignalsRegistry} in the package of the receivers, or of the first one in name order when
 * they span packages.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SignalsApp {

  /**
   * The name of the generated registry class.
   *
   * @return the simple name of the class, written in the package of the annotated class; {@code
   *     SignalsRegistry} unless set
   */
  String registry() default "SignalsRegistry";
}
