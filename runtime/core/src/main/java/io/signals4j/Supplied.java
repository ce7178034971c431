package io.signals4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose instance {@link Receiver} methods are called on an instance that the
 * application supplies when it installs the registry, typically one taken from its dependency
 * injection container:
 *
 * <pre>{@code
 * Signals signals = Signals.builder()
 *     .install(AppSignals.REGISTRY)
 *     .supply(Mailer.class, mailer)
 *     .ready();
 * }</pre>
 *
 * <p>Without this annotation the generated registry constructs the class itself through its
 * accessible no-argument constructor. Installing a registry whose supplied instance is missing
 * fails at once; the receiver is never skipped silently.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Supplied {}
