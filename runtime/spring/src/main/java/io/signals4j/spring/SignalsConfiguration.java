package io.signals4j.spring;

import io.signals4j.SignalRegistry;
import io.signals4j.Signals;
import java.util.Map;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportAware;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The configuration that {@link EnableSignals} imports: defines the {@link Signals} bean.
 *
 * <p>The bean is created when first needed, like any singleton, and then installs its registries,
 * which gets every {@code @Supplied} receiver bean at once. A receiver bean that also sends
 * therefore cannot take {@code Signals} in its constructor (the two would need each other first):
 * let it take {@code ObjectProvider<Signals>} and ask it when it sends.
 */
@Configuration(proxyBeanMethods = false)
public class SignalsConfiguration implements ImportAware {

  private boolean discover;

  /** Created by Spring when {@link EnableSignals} imports it. */
  public SignalsConfiguration() {}

  /**
   * Reads the attributes of {@link EnableSignals}.
   *
   * @param importMetadata the class that carries it
   */
  @Override
  public void setImportMetadata(AnnotationMetadata importMetadata) {
    Map<String, Object> attributes =
        importMetadata.getAnnotationAttributes(EnableSignals.class.getName());
    discover = attributes != null && Boolean.TRUE.equals(attributes.get("discover"));
  }

  /**
   * The application's signals.
   *
   * @param registries the registry beans, installed in their Spring order
   * @param customizers applied to the builder in their Spring order, before Spring's transaction
   *     hook is added
   * @param beans where supplied receiver instances come from
   * @return the signals, with every registry installed
   * @throws IllegalStateException if a supplied receiver class has no bean (the runtime's message
   *     names the registry, the class and the receiver)
   */
  @Bean
  public Signals signals(
      ObjectProvider<SignalRegistry> registries,
      ObjectProvider<SignalsCustomizer> customizers,
      BeanFactory beans) {
    Signals.Builder builder =
        Signals.builder().install(registries.orderedStream().toArray(SignalRegistry[]::new));
    if (discover) {
      builder.installDiscovered();
    }
    builder.supplyFrom(new BeanInstanceProvider(beans));
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    // Last, so that the customizers' hooks are asked first: a test's capturing hook among them.
    return builder.transactions(new SpringTransactionHook()).ready();
  }
}
