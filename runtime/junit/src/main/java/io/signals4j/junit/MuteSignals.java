package io.signals4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Mutes signals for a test, or for every test of a class, through {@link SignalsExtension}: the
 * counterpart of factory_boy's {@code @mute_signals(post_save)}.
 *
 * <pre>{@code
 * @MuteSignals(PostSave.class)                 // no PostSave receiver runs in any test here
 * class UserFactoryTest {
 *   @Test @MuteSignals                         // nothing at all runs in this one
 *   void importsFixtures(RecordedSignals recorded) { ... }
 * }
 * }</pre>
 *
 * <p>The mutings open before each test and before its {@code @BeforeEach} methods, and close after
 * its {@code @AfterEach} methods, with {@link io.signals4j.Signals#mute}, so they nest with any
 * the code under test opens. A class's annotation and a method's both apply; one on an enclosing
 * class applies to its {@code @Nested} classes, and the annotation is inherited by subclasses.
 * Muted sends are still recorded by {@link RecordedSignals}, with no receiver reached, so a test
 * can mute the receivers and still check that the signal was sent.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface MuteSignals {

  /**
   * The signals to mute, by payload type; none (the default) mutes every signal, as {@link
   * io.signals4j.Signals#muteAll()} does.
   *
   * @return the payload types
   */
  Class<?>[] value() default {};

  /**
   * Mutes only the sends of {@link #value()} from exactly these senders; none (the default)
   * mutes every sender. Needs at least one signal in {@link #value()}.
   *
   * @return the senders
   */
  Class<?>[] senders() default {};
}
