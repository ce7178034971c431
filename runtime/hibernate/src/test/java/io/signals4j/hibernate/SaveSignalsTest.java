package io.signals4j.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Connect;
import io.signals4j.Signal;
import io.signals4j.hibernate.entities.Animal;
import io.signals4j.hibernate.entities.Article;
import io.signals4j.hibernate.entities.Author;
import io.signals4j.hibernate.entities.Document;
import io.signals4j.hibernate.entities.Dog;
import io.signals4j.hibernate.entities.Tag;
import io.signals4j.hibernate.entities.User;
import io.signals4j.model.PostSave;
import io.signals4j.model.PreSave;
import io.signals4j.model.Save;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** pre_save and post_save: when they are sent, by whom, and with what. */
class SaveSignalsTest extends UnitFixture {


  private User saveUser(String email) {
    return inTransaction(em -> {
      User user = new User(email, "Someone");
      em.persist(user);
      return user;
    });
  }

  @Test
  void sequenceInsertIsSignalledAtFlushNotAtPersist() {
    commit(em -> {
      User user = new User("dee@example.com", "Dee");
      em.persist(user);
      assertEquals(List.of(), recorder.log());
      em.flush();
      assertEquals(List.of("pre_save User created", "post_save User created"), recorder.log());
    });
    PreSave<?> pre = recorder.payloads(PreSave.class).get(0);
    PostSave<?> post = recorder.payloads(PostSave.class).get(0);
    assertTrue(pre.created());
    assertFalse(pre.raw());
    assertEquals("shop", pre.using());
    assertNull(pre.updateFields());
    assertEquals(Set.of(), pre.changed());
    assertEquals(Map.of(), post.previous());
    assertNull(post.previous("email"));
    assertSame(pre.instance(), post.instance());
  }

  @Test
  void updateCarriesTheChangedAttributesAndPreviousValuesWithoutAQuery() {
    User user = saveUser("eve@example.com");
    commit(em -> {
      User loaded = em.find(User.class, user.getId());
      loaded.setEmail("eve@example.org");
      recorder.reset();
      statements.clear();
    });
    assertEquals(List.of("pre_save User [email]", "post_save User [email]"), recorder.log());
    assertEquals(List.of("update users"), statements.writes());
    assertEquals(1, statements.all().size(), statements.all().toString());
    for (var save : List.of(
        recorder.payloads(PreSave.class).get(0), recorder.payloads(PostSave.class).get(0))) {
      Save<?> s = save;
      assertFalse(s.created());
      assertEquals(Set.of("email"), s.changed());
      assertEquals("eve@example.com", s.previous("email"));
      assertEquals("Someone", s.previous("name"));
      assertThrows(IllegalArgumentException.class, () -> s.previous("emial"));
    }
  }

  @Test
  void mergeOfADetachedEntityIsAnUpdateAndMergeOfANewOneAnInsert() {
    User detached = saveUser("fay@example.com");
    detached.setName("Fay");
    recorder.reset();
    commit(em -> em.merge(detached));
    assertEquals(List.of("pre_save User [name]", "post_save User [name]"), recorder.log());
    recorder.reset();
    commit(em -> em.merge(new User("gus@example.com", "Gus")));
    assertEquals(List.of("pre_save User created", "post_save User created"), recorder.log());
  }

  @Test
  void aProxyIsSentAsItsEntityClass() {
    User user = saveUser("hal@example.com");
    recorder.reset();
    commit(em -> em.getReference(User.class, user.getId()).setName("Hal"));
    Recorder.Sent post = recorder.writes().get(1);
    assertEquals(User.class, post.sender());
    assertEquals(User.class, ((PostSave<?>) post.payload()).instance().getClass());
  }

  @Test
  void subclassInstancesAreSentByTheirOwnClass() {
    List<Class<?>> exact = new CopyOnWriteArrayList<>();
    List<Class<?>> withSubclasses = new CopyOnWriteArrayList<>();
    Signal<PostSave<Animal>> postSave = signals.signal(PostSave.class);
    postSave.connect((payload, sender) -> { exact.add(sender); }, Connect.sender(Animal.class));
    postSave.connect(
        (payload, sender) -> { withSubclasses.add(sender); },
        Connect.sender(Animal.class).includeSubclasses());
    commit(em -> {
      Dog dog = new Dog();
      dog.setName("Rex");
      em.persist(dog);
      Animal cat = new Animal();
      cat.setName("Tom");
      em.persist(cat);
    });
    assertEquals(List.of(Animal.class), exact);
    assertEquals(List.of(Dog.class, Animal.class), withSubclasses);
  }

  @Test
  void preSaveEditsAreWrittenByTheSameStatement() {
    recorder.on(PreSave.class, (payload, sender) -> {
      if (((PreSave<?>) payload).instance() instanceof Author author) {
        author.setSlug(author.getName().toLowerCase(Locale.ROOT).replace(' ', '-'));
      }
    });
    Author author = inTransaction(em -> {
      Author a = new Author("Ada Lovelace");
      em.persist(a);
      return a;
    });
    assertEquals(List.of("insert author"), statements.writes());
    statements.clear();
    commit(em -> em.find(Author.class, author.getId()).setName("Ada King"));
    assertEquals(List.of("update author"), statements.writes());
    assertEquals("ada-king", slugInDatabase(Author.class, author.getId()));
    assertEquals(List.of("pre_save Author [name]", "post_save Author [name, slug]"),
        recorder.log().subList(2, 4));
  }

  @Test
  void preSaveEditsOfAVersionedDynamicUpdateEntityAreWritten() {
    recorder.on(PreSave.class, (payload, sender) -> {
      if (((PreSave<?>) payload).instance() instanceof Document doc) {
        doc.setSlug(doc.getTitle().toLowerCase(Locale.ROOT));
      }
    });
    Document doc = inTransaction(em -> {
      Document d = new Document("Draft");
      em.persist(d);
      return d;
    });
    assertEquals("draft", slugInDatabase(Document.class, doc.getId()));
    statements.clear();
    commit(em -> {
      Document loaded = em.find(Document.class, doc.getId());
      loaded.setTitle("Final");
      em.flush();
      // The slug's column was not in the dynamic UPDATE: one more flushes it, same version rules.
      loaded.setTitle("Published");
    });
    assertEquals("published", slugInDatabase(Document.class, doc.getId()));
    try (EntityManager em = emf.createEntityManager()) {
      Document stored = em.find(Document.class, doc.getId());
      assertEquals("Published", stored.getTitle());
      assertEquals(4, stored.getVersion());
    }
    assertEquals(4, statements.writes().size(), statements.writes().toString());
  }

  @Test
  void preSaveReceiversMayQueryEvenInsideAnIdentityInsert() {
    // The slug idiom that checks for a clash: a query from inside the INSERT of persist().
    recorder.on(PreSave.class, (payload, sender) -> {
      if (((PreSave<?>) payload).instance() instanceof Author author) {
        long clashes = HibernateSignals.session()
            .createQuery("select count(a) from Author a where a.slug = :slug", Long.class)
            .setParameter("slug", "same")
            .getSingleResult();
        author.setSlug(clashes == 0 ? "same" : "same-" + (clashes + 1));
      }
      if (((PreSave<?>) payload).instance() instanceof User) {
        HibernateSignals.session().createQuery("from User", User.class).getResultList();
      }
    });
    commit(em -> {
      em.persist(new Author("One"));
      em.persist(new User("query@example.com", "Query"));
    });
    commit(em -> em.persist(new Author("Two")));
    try (EntityManager em = emf.createEntityManager()) {
      assertEquals(List.of("same", "same-2"), em.createQuery(
              "select a.slug from Author a where a.slug like 'same%' order by a.id", String.class)
          .getResultList());
    }
  }

  @Test
  void bulkUpdateSendsNothingLikeDjangosQuerySetUpdate() {
    saveUser("ida@example.com");
    recorder.reset();
    commit(em -> {
      int rows = em.createQuery("update User u set u.name = 'bulk' where u.email = :email")
          .setParameter("email", "ida@example.com")
          .executeUpdate();
      assertEquals(1, rows);
    });
    assertEquals(List.of(), recorder.log());
  }

  @Test
  void aChangeOfOnlyAManyToManySendsNoSave() {
    Article article = inTransaction(em -> {
      Tag tag = new Tag(9001, "nine");
      em.persist(tag);
      Article a = new Article("Tagged");
      em.persist(a);
      return a;
    });
    recorder.reset();
    commit(em -> {
      Article loaded = em.find(Article.class, article.getId());
      loaded.setTags(new HashSet<>(Set.of(em.find(Tag.class, 9001L))));
    });
    assertTrue(recorder.log().stream().noneMatch(s -> s.contains("_save")), recorder.log()::toString);
  }

  @Test
  void aReceiverThatSavesTheSameInstanceAgainDoesNotLoop() {
    recorder.on(PostSave.class, (payload, sender) -> {
      Object instance = ((PostSave<?>) payload).instance();
      HibernateSignals.session().persist(instance);
      HibernateSignals.session().merge(instance);
      HibernateSignals.session().flush();
    });
    commit(em -> em.persist(new User("loop@example.com", "Loop")));
    assertEquals(List.of("pre_save User created", "post_save User created"), recorder.log());
  }

  @Test
  void mergeOfANewIdentityEntityInsertsInsideMerge() {
    commit(em -> {
      Author merged = em.merge(new Author("Merged"));
      assertEquals(List.of("pre_save Author created", "post_save Author created"), recorder.log());
      assertSame(merged, recorder.payloads(PostSave.class).get(0).instance());
    });
  }

  @Test
  void aReceiverThatSavesItsInstanceOnEveryPostSaveIsStopped() {
    User user = saveUser("jo@example.com");
    recorder.on(PostSave.class, (payload, sender) -> {
      if (((PostSave<?>) payload).instance() instanceof User u) {
        u.setName(u.getName() + "!");
      }
    });
    RuntimeException failure = assertThrows(RuntimeException.class,
        () -> commit(em -> em.find(User.class, user.getId()).setName("Jo")));
    IllegalStateException e = assertInstanceOf(IllegalStateException.class, failure.getCause());
    assertTrue(e.getMessage().contains("kept writing"), e.getMessage());
    try (EntityManager em = emf.createEntityManager()) {
      assertEquals("Someone", em.find(User.class, user.getId()).getName());
    }
  }

  @Test
  void aReceiverThatSavesItsInstanceOnceMoreSettles() {
    User user = saveUser("kim@example.com");
    recorder.on(PostSave.class, (payload, sender) -> {
      if (((PostSave<?>) payload).instance() instanceof User u && !u.getName().endsWith("!")) {
        u.setName(u.getName() + "!");
      }
    });
    recorder.forgetSends();
    commit(em -> em.find(User.class, user.getId()).setName("Kim"));
    try (EntityManager em = emf.createEntityManager()) {
      assertEquals("Kim!", em.find(User.class, user.getId()).getName());
    }
    assertEquals(List.of("pre_save User [name]", "post_save User [name]",
        "pre_save User [name]", "post_save User [name]"), recorder.log());
  }

  @Test
  void postSaveOfARolledBackTransactionWasStillSentLikeDjango() {
    long users = count(User.class);
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      em.persist(new User("lea@example.com", "Lea"));
      em.flush();
      em.getTransaction().rollback();
    }
    assertEquals(List.of("pre_save User created", "post_save User created"), recorder.log());
    assertEquals(users, count(User.class));
  }

  private String slugInDatabase(Class<?> entity, long id) {
    try (EntityManager em = emf.createEntityManager()) {
      return em.createQuery(
              "select e.slug from " + entity.getSimpleName() + " e where e.id = :id", String.class)
          .setParameter("id", id)
          .getSingleResult();
    }
  }
}
