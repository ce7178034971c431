package io.signals4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.SignalRegistry;
import io.signals4j.Signals;
import io.signals4j.it.databases.TestDatabases;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code Signals} bean of {@link EnableSignals}: its registries, suppliers and customizers. */
class SignalsBeanTest {

  @Test
  void registryBeansAreInstalled() {
    try (AnnotationConfigApplicationContext context =
        new AnnotationConfigApplicationContext(ShopConfiguration.class)) {
      Signals signals = context.getBean(Signals.class);

      assertEquals(List.of(SpringTestSignals.REGISTRY), signals.registries());
    }
  }

  @Test
  void missingSuppliedBeanFailsTheContextNamingTheReceiver() {
    BeanCreationException failure = assertThrows(
        BeanCreationException.class,
        () -> new AnnotationConfigApplicationContext(WithoutMailer.class).close());

    String message = failure.getMostSpecificCause().getMessage();
    assertTrue(
        message.contains(WelcomeMailer.class.getName()) && message.contains("audit"),
        "names the class and the receiver: " + message);
  }

  @Test
  void twoBeansOfASuppliedClassFailTheContextAsAmbiguous() {
    BeanCreationException failure = assertThrows(
        BeanCreationException.class,
        () -> new AnnotationConfigApplicationContext(TwoMailers.class).close());

    assertInstanceOf(NoUniqueBeanDefinitionException.class, failure.getMostSpecificCause());
  }

  @Test
  void customizersAdjustTheBuilder() throws Exception {
    try (AnnotationConfigApplicationContext context =
        new AnnotationConfigApplicationContext(ShopConfiguration.class, Customized.class)) {
      Signals signals = context.getBean(Signals.class);
      List<String> threads = new CopyOnWriteArrayList<>();
      signals.signal(UserSaved.class).connect((saved, sender) -> {
        threads.add(Thread.currentThread().getName());
      });

      signals.signal(UserSaved.class).sendAsync(null, new UserSaved("ivy")).get(10, TimeUnit.SECONDS);

      assertEquals(List.of(Customized.THREAD), threads);
    }
  }

  /** Signals without the bean that a supplied receiver class needs. */
  @Configuration(proxyBeanMethods = false)
  @EnableSignals
  static class WithoutMailer {
    @Bean
    SignalRegistry springTestSignals() {
      return SpringTestSignals.REGISTRY;
    }
  }

  /** Two beans that could be the supplied instance, neither of them primary. */
  @Configuration(proxyBeanMethods = false)
  @EnableSignals
  static class TwoMailers {
    @Bean
    SignalRegistry springTestSignals() {
      return SpringTestSignals.REGISTRY;
    }

    @Bean
    WelcomeMailer first() {
      return new WelcomeMailer(TestDatabases.h2("first").dataSource());
    }

    @Bean
    WelcomeMailer second() {
      return new WelcomeMailer(TestDatabases.h2("second").dataSource());
    }
  }

  /** An executor for asynchronous sends, given through a customizer. */
  @Configuration(proxyBeanMethods = false)
  static class Customized {
    static final String THREAD = "shop-signals";

    @Bean(destroyMethod = "shutdown")
    ExecutorService signalsExecutor() {
      return Executors.newSingleThreadExecutor(work -> new Thread(work, THREAD));
    }

    @Bean
    SignalsCustomizer asyncOnOwnThread(ExecutorService signalsExecutor) {
      return builder -> builder.asyncExecutor(signalsExecutor);
    }
  }
}
