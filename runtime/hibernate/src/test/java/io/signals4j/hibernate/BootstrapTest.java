package io.signals4j.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Signals;
import io.signals4j.hibernate.entities.Author;
import io.signals4j.hibernate.entities.User;
import io.signals4j.it.databases.TestDatabases.Database;
import io.signals4j.it.databases.TestDatabases;
import io.signals4j.model.ClassPrepared;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.resource.transaction.spi.TransactionCoordinatorBuilder;
import org.junit.jupiter.api.Test;

/** The one line of set-up, through JPA and native bootstrap, and what happens without it. */
class BootstrapTest {

  private final Database database = TestDatabases.h2("bootstrap");

  @Test
  void classPreparedIsSentOncePerEntityEachTimeAUnitStarts() {
    Signals signals = Signals.ready();
    Recorder recorder = new Recorder(signals);
    for (int start = 0; start < 2; start++) {
      try (EntityManagerFactory emf =
          UnitFixture.unit("catalog", database, signals, new StatementLog())
              .createEntityManagerFactory()) {
        emf.getMetamodel();
      }
    }
    List<ClassPrepared<?>> prepared = recorder.payloads(ClassPrepared.class).stream()
        .<ClassPrepared<?>>map(p -> p).toList();
    assertEquals(2 * UnitFixture.ENTITIES.size(), prepared.size());
    for (ClassPrepared<?> p : prepared) {
      assertEquals("catalog", p.using());
    }
    assertEquals(
        recorder.all().stream().map(Recorder.Sent::sender).toList(),
        prepared.stream().map(ClassPrepared::model).toList());
  }

  @Test
  void nativeBootstrapSendsWithTheSessionFactoryNameAsUsing() {
    Signals signals = Signals.ready();
    Recorder recorder = new Recorder(signals);
    Configuration configuration = new Configuration().addAnnotatedClass(User.class);
    configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database.dataSource());
    configuration.getProperties().put(AvailableSettings.HBM2DDL_AUTO, "create");
    configuration.getProperties().put(AvailableSettings.SESSION_FACTORY_NAME, "native");
    configuration.getProperties().put(AvailableSettings.SESSION_FACTORY_NAME_IS_JNDI, "false");
    configuration.getProperties().put(HibernateSignals.SIGNALS, signals);
    try (SessionFactory factory = configuration.buildSessionFactory()) {
      factory.inTransaction(session -> session.persist(new User("nat@example.com", "Nat")));
    }
    assertEquals(List.of("pre_save User created", "post_save User created"), recorder.log());
    assertEquals("native", recorder.payloads(ClassPrepared.class).get(0).using());
  }

  @Test
  void aUnitWithoutThePropertySendsNothing() {
    Signals signals = Signals.ready();
    Recorder recorder = new Recorder(signals);
    try (EntityManagerFactory emf =
        UnitFixture.unit("plain", database, null, new StatementLog()).createEntityManagerFactory()) {
      emf.runInTransaction(em -> em.persist(new Author("Nobody")));
      TransactionCoordinatorBuilder builder = emf.unwrap(SessionFactoryImplementor.class)
          .getServiceRegistry().requireService(TransactionCoordinatorBuilder.class);
      assertTrue(!(builder instanceof TrackingCoordinatorBuilder), builder::toString);
    }
    assertEquals(List.of(), recorder.all());
  }

  @Test
  void aPropertyThatIsNoSignalsFailsTheUnitNamingIt() {
    RuntimeException failure = assertThrows(RuntimeException.class,
        () -> UnitFixture.unit("wrong", database, Signals.ready(), new StatementLog())
            .property(HibernateSignals.SIGNALS, "signals")
            .createEntityManagerFactory()
            .close());
    String messages = messages(failure);
    assertTrue(messages.contains(HibernateSignals.SIGNALS), messages);
    assertTrue(messages.contains("java.lang.String"), messages);
  }

  private static String messages(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }
}
