package io.signals4j.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Gives a Spring application its {@link io.signals4j.Signals} as a bean: the counterpart of
 * Django's {@code AppConfig.ready()} for an {@code ApplicationContext}.
 *
 * <pre>{@code
 * @Configuration
 * @EnableSignals
 * @EnableTransactionManagement
 * class AppConfig {
 *   @Bean SignalRegistry shopSignals() { return ShopSignals.REGISTRY; }   // one per module
 *   @Bean Mailer mailer(MailSender sender) { return new Mailer(sender); } // a @Supplied receiver
 * }
 * }</pre>
 *
 * <p>The {@code Signals} bean installs every {@link io.signals4j.SignalRegistry} bean of the
 * context, in their Spring order ({@code @Order} or {@code Ordered}, then registration order),
 * followed by those {@link io.signals4j.RegistryDiscovery} finds if {@link #discover()} is set. It
 * takes the instances of {@link io.signals4j.Supplied} receiver classes from the context's beans
 * (see {@link BeanInstanceProvider}), applies every {@link SignalsCustomizer} bean to the builder,
 * and then lets after-commit receivers wait for Spring's transactions (see {@link
 * SpringTransactionHook}), after the hooks the customizers added. See {@link SignalsConfiguration}
 * for what it defines.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import(SignalsConfiguration.class)
public @interface EnableSignals {

  /**
   * Whether to install, after the registry beans, every registry on the class path: the opt-in
   * that {@link io.signals4j.Signals.Builder#installDiscovered()} describes. Off by default, since a
   * registry bean that is missing then fails to compile rather than staying silent.
   *
   * @return whether to discover registries
   */
  boolean discover() default false;
}
