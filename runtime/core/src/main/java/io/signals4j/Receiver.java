package io.signals4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a method as a receiver of a signal: the counterpart of Django's {@code @receiver}.
 *
 * <pre>{@code
 * final class BillingReceivers {
 *   @Receiver(signal = PostSave.class, sender = User.class)
 *   static void createBillingProfile(PostSave<User> event) { ... }
 * }
 * }</pre>
 *
 * <p>The signals4j annotation processor checks every annotated method when the code compiles and
 * writes a {@link SignalRegistry} that calls it directly. Nothing is connected at run time until
 * that registry is installed with {@link Signals#ready(SignalRegistry...)}, the counterpart of
 * {@code AppConfig.ready()}.
 *
 * <p>The method takes the payload as its first parameter and may take the sender as a second
 * {@code Class<?>} parameter. It may be static, or an instance method of a class that the
 * registry can construct (an accessible no-argument constructor) or whose instance the application
 * supplies when it installs the registry (see {@link Supplied}). It may return a value, which
 * {@link Signal#send} hands back as that receiver's {@link Response}; a {@code CompletionStage} is
 * awaited by {@link Signal#sendAsync}. It may throw checked exceptions: a send wraps them in a
 * {@link ReceiverException}.
 *
 * <p>The annotation is repeatable, so one method can receive several signals or senders, like
 * Django's {@code @receiver([post_save, post_delete])}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Receivers.class)
public @interface Receiver {

  /**
   * The signal, identified by its payload type.
   *
   * @return the payload type; the method's parameter must accept it
   */
  Class<?> signal();

  /**
   * The only sender this receiver hears; {@code void.class} (the default) means any sender, as
   * {@code sender=None} does in Django. Matching is exact unless {@link #includeSubclasses()}.
   *
   * @return the sender class, or {@code void.class} for any sender
   */
  Class<?> sender() default void.class;

  /**
   * Whether sends from subclasses (and implementations) of {@link #sender()} reach this receiver
   * too. Django matches senders exactly; this is the opt-in that saves connecting every subclass.
   *
   * @return true to match by {@code isAssignableFrom}; false (the default) to match exactly
   */
  boolean includeSubclasses() default false;

  /**
   * Identifies the receiver for de-duplication and for {@link Signal#disconnect(Connect)}, like
   * Django's {@code dispatch_uid}. Empty (the default) means none.
   *
   * @return the uid, or an empty string for none
   */
  String dispatchUid() default "";

  /**
   * Position among the receivers of the same send: lower runs first. Receivers with equal order run
   * in the documented order of {@link Signal}.
   *
   * @return the order, 0 unless set
   */
  int order() default 0;

  /**
   * When the receiver runs relative to the transaction of the send: during the send (the default,
   * and Django's), or once that transaction commits or rolls back, Django's {@code
   * transaction.on_commit} without the wrapping. See {@link Phase}.
   *
   * @return the phase, {@link Phase#DURING_SEND} unless set
   */
  Phase phase() default Phase.DURING_SEND;
}
