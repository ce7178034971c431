package io.signals4j.spring;

import io.signals4j.Connect;
import io.signals4j.Connection;
import io.signals4j.Phase;
import io.signals4j.SignalRegistry;
import io.signals4j.Signals;
import io.signals4j.it.databases.TestDatabases;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/** An application's configuration as users write it: a database, transactions, signals. */
@Configuration(proxyBeanMethods = false)
@EnableSignals
@EnableTransactionManagement
@Import(ShopConfiguration.Database.class)
class ShopConfiguration {

  @Bean
  SignalRegistry springTestSignals() {
    return SpringTestSignals.REGISTRY;
  }

  @Bean
  WelcomeMailer welcomeMailer(DataSource database) {
    return new WelcomeMailer(database);
  }

  @Bean
  UserService userService(JdbcTemplate jdbc, Signals signals, WelcomeMailer mailer) {
    return new UserService(jdbc, signals, mailer);
  }

  /** A connection as a bean: Spring closes it, and so disconnects the receiver, with the context. */
  @Bean
  Connection welcomeOnCommit(Signals signals, WelcomeMailer mailer) {
    return signals.signal(UserSaved.class).connect(
        (saved, sender) -> {
          mailer.welcome(saved);
        },
        Connect.sender(UserService.class).phase(Phase.AFTER_COMMIT));
  }

  @Bean
  Connection apologizeOnRollback(Signals signals, WelcomeMailer mailer) {
    return signals.signal(UserSaved.class).connect(
        (saved, sender) -> {
          mailer.apologize(saved);
        },
        Connect.sender(UserService.class).phase(Phase.AFTER_ROLLBACK));
  }

  /** A fresh H2 database with a users table, and Spring's transaction manager for it. */
  @Configuration(proxyBeanMethods = false)
  static class Database {

    @Bean
    DataSource dataSource() {
      DataSource dataSource = TestDatabases.h2("spring").dataSource();
      new JdbcTemplate(dataSource)
          .execute("CREATE TABLE users (name VARCHAR(100) PRIMARY KEY)");
      return dataSource;
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
      return new JdbcTemplate(dataSource);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
      return new DataSourceTransactionManager(dataSource);
    }
  }
}
