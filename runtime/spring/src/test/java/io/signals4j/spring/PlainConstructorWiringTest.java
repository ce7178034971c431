package io.signals4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.signals4j.Signals;
import io.signals4j.it.databases.TestDatabases;
import io.signals4j.spring.WelcomeMailer.Call;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same receivers without a container: the application constructs the supplied instance and
 * hands it to the builder. With Dagger, the same lines go into a {@code @Provides @Singleton
 * Signals signals(WelcomeMailer mailer)} method of a module, and Dagger constructs the mailer.
 */
class PlainConstructorWiringTest {

  @Test
  void suppliedInstanceConstructedByTheApplicationIsCalled() {
    DataSource database = TestDatabases.h2("plain").dataSource();
    new JdbcTemplate(database).execute("CREATE TABLE users (name VARCHAR(100) PRIMARY KEY)");
    WelcomeMailer mailer = new WelcomeMailer(database);

    Signals signals = Signals.builder()
        .install(SpringTestSignals.REGISTRY)
        .supply(WelcomeMailer.class, mailer)
        .ready();
    signals.signal(UserSaved.class).send(UserService.class, new UserSaved("kim"));

    assertEquals(List.of(new Call("audit", "kim", false, false)), mailer.calls());
  }
}
