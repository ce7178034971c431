package io.signals4j.spring;

import io.signals4j.Signals;
import java.util.Objects;
import org.springframework.beans.factory.BeanFactory;

/**
 * Supplies the instances of {@link io.signals4j.Supplied} receiver classes from a Spring bean
 * factory: the bean of that type, if the factory has one. {@link EnableSignals} adds it; without
 * Spring's configuration, pass it to the builder:
 *
 * <pre>{@code
 * Signals signals = Signals.builder()
 *     .install(AppSignals.REGISTRY)
 *     .supplyFrom(new BeanInstanceProvider(context))
 *     .ready();
 * }</pre>
 *
 * <p>It asks for a bean by type and creates none that the factory does not define: a receiver
 * class with no bean is left to the next provider, and failing all of them the runtime refuses to
 * install the registry, naming the class and the receiver. Several beans of the type, none of them
 * primary, fail with Spring's {@code NoUniqueBeanDefinitionException}. The bean is used as Spring
 * hands it out: a class-based proxy (a {@code @Transactional} bean's) is an instance of the class
 * and works; an interface-based JDK proxy is not, and the runtime refuses it, naming the class.
 */
public final class BeanInstanceProvider implements Signals.InstanceProvider {

  private final BeanFactory beans;

  /**
   * A provider of the beans of {@code beans}.
   *
   * @param beans the bean factory, usually the application context
   */
  public BeanInstanceProvider(BeanFactory beans) {
    this.beans = Objects.requireNonNull(beans, "beans");
  }

  /**
   * The bean of {@code type}, creating it if it is defined and not created yet.
   *
   * @param type a {@code @Supplied} receiver class
   * @return the bean, or null if the factory defines none of that type
   */
  @Override
  public Object instanceOf(Class<?> type) {
    return beans.getBeanProvider(type).getIfAvailable();
  }

  @Override
  public String toString() {
    return "BeanInstanceProvider(" + beans + ")";
  }
}
