package io.signals4j.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.hibernate.entities.Author;
import io.signals4j.hibernate.entities.User;
import io.signals4j.model.PostDelete;
import io.signals4j.model.PostInit;
import io.signals4j.model.PostSave;
import io.signals4j.model.PreDelete;
import io.signals4j.model.PreInit;
import io.signals4j.model.PreSave;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.junit.jupiter.api.Test;

/** pre_init and post_init for loaded instances, and what a StatelessSession sends. */
class InitAndStatelessTest extends UnitFixture {


  private User saveUser(String email) {
    User user = inTransaction(em -> {
      User u = new User(email, "Init");
      em.persist(u);
      return u;
    });
    recorder.forgetSends();
    return user;
  }

  @Test
  void loadingSendsPreInitWithTheRowsValuesThenPostInit() {
    User user = saveUser("mo@example.com");
    User loaded;
    try (EntityManager em = emf.createEntityManager()) {
      loaded = em.find(User.class, user.getId());
      // Already in the session: no second pair.
      em.find(User.class, user.getId());
      em.createQuery("from User u where u.id = :id", User.class)
          .setParameter("id", user.getId())
          .getSingleResult();
    }
    List<Recorder.Sent> sent = recorder.all();
    assertEquals(List.of(PreInit.class, PostInit.class),
        sent.stream().<Class<?>>map(Recorder.Sent::signal).toList());
    PreInit<?> pre = (PreInit<?>) sent.get(0).payload();
    assertEquals(User.class, pre.model());
    assertEquals(user.getId(), pre.id());
    assertEquals(Map.of("email", "mo@example.com", "name", "Init"), pre.values());
    assertEquals("shop", pre.using());
    assertSame(loaded, ((PostInit<?>) sent.get(1).payload()).instance());
    assertEquals(User.class, sent.get(1).sender());
  }

  @Test
  void newInstancesSendNoInitSignalsSinceHibernateNeverSeesTheConstructor() {
    commit(em -> em.persist(new User("no@example.com", "New")));
    assertTrue(recorder.payloads(PreInit.class).isEmpty());
    assertTrue(recorder.payloads(PostInit.class).isEmpty());
  }

  @Test
  void aQueryOfSeveralRowsSendsEveryPreInitBeforeThePostInits() {
    saveUser("q1@example.com");
    saveUser("q2@example.com");
    try (EntityManager em = emf.createEntityManager()) {
      em.createQuery("from User u where u.email like 'q_@example.com'", User.class)
          .getResultList();
    }
    assertEquals(List.of(PreInit.class, PreInit.class, PostInit.class, PostInit.class),
        recorder.all().stream().<Class<?>>map(Recorder.Sent::signal).toList());
  }

  @Test
  void aStatelessSessionSendsSavesAndDeletesAtOnceWithoutPreviousStateOrInit() {
    SessionFactory factory = emf.unwrap(SessionFactory.class);
    recorder.on(PostSave.class, (payload, sender) -> {
      assertThrows(IllegalStateException.class, HibernateSignals::session);
    });
    Author author = new Author("Stateless");
    try (StatelessSession session = factory.openStatelessSession()) {
      session.getTransaction().begin();
      session.insert(author);
      assertEquals(List.of("pre_save Author created", "post_save Author created"),
          recorder.log());
      author.setName("Stateless 2");
      session.update(author);
      Author fetched = session.get(Author.class, author.getId());
      session.delete(fetched);
      session.getTransaction().commit();
    }
    assertEquals(List.of("pre_save Author created", "post_save Author created",
        "pre_save Author null", "post_save Author null",
        "pre_delete Author " + author, "post_delete Author " + author), recorder.log());
    PreSave<?> update = recorder.payloads(PreSave.class).get(1);
    assertNull(update.updateFields());
    assertEquals(Map.of(), update.previous());
    PreDelete<?> delete = recorder.payloads(PreDelete.class).get(0);
    assertSame(delete.instance(), delete.origin());
    assertSame(delete.instance(), recorder.payloads(PostDelete.class).get(0).origin());
    assertTrue(recorder.payloads(PreInit.class).isEmpty());
    assertTrue(recorder.payloads(PostInit.class).isEmpty());
  }
}
