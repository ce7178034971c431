package io.signals4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Holds several {@link Receiver} annotations on one method; the compiler writes it for you. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Receivers {

  /**
   * The receiver declarations of the method.
   *
   * @return the repeated {@link Receiver} annotations, in source order
   */
  Receiver[] value();
}
