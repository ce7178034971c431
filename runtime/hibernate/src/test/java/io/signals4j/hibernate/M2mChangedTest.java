package io.signals4j.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.signals4j.hibernate.entities.Article;
import io.signals4j.hibernate.entities.Tag;
import io.signals4j.hibernate.entities.User;
import io.signals4j.model.M2mChanged;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** m2m_changed from the owning side of Article.tags, as Django's manager calls would send it. */
class M2mChangedTest extends UnitFixture {

  /** Django's {@code set()}: remove then add; both pre_ actions come before the statements. */
  private static final List<M2mChanged.Action> REMOVE_THEN_ADD =
      List.of(
          M2mChanged.Action.PRE_REMOVE,
          M2mChanged.Action.PRE_ADD,
          M2mChanged.Action.POST_REMOVE,
          M2mChanged.Action.POST_ADD);

  private final AtomicLong ids = new AtomicLong(100);


  /** An article tagged with new tags, and those tags' ids, in order. */
  private record Tagged(long article, List<Long> tags) {}

  private Tagged tagged(int tags, int spare) {
    Tagged tagged = inTransaction(em -> {
      Article article = new Article("m2m");
      List<Long> tagIds = new ArrayList<>();
      for (int i = 0; i < tags + spare; i++) {
        Tag tag = new Tag(ids.incrementAndGet(), "t" + i);
        em.persist(tag);
        tagIds.add(tag.getId());
        if (i < tags) {
          article.getTags().add(tag);
        }
      }
      em.persist(article);
      return new Tagged(article.getId(), tagIds);
    });
    recorder.forgetSends();
    statements.clear();
    return tagged;
  }

  @Test
  void persistingAnOwnerWithRelatedInstancesAdds() {
    Tagged tagged = tagged(2, 0);
    recorder.forgetSends();
    commit(em -> {
      Article article = new Article("new");
      article.getTags().add(em.find(Tag.class, tagged.tags().get(0)));
      article.getTags().add(em.find(Tag.class, tagged.tags().get(1)));
      em.persist(article);
    });
    List<M2mChanged<?>> changes = m2m();
    assertEquals(List.of(M2mChanged.Action.PRE_ADD, M2mChanged.Action.POST_ADD), actions(changes));
    M2mChanged<?> added = changes.get(1);
    assertEquals(Set.copyOf(tagged.tags()), added.pkSet());
    assertEquals(Tag.class, added.model());
    assertEquals("tags", added.attribute());
    assertEquals(false, added.reverse());
    assertEquals("shop", added.using());
    assertEquals(Article.class, recorder.writes().stream()
        .filter(s -> s.signal() == M2mChanged.class).findFirst().orElseThrow().sender());
  }

  @Test
  void removingOneAndAddingAnotherSendsARemoveThenAnAdd() {
    Tagged tagged = tagged(2, 1);
    commit(em -> {
      Article article = em.find(Article.class, tagged.article());
      article.getTags().remove(em.find(Tag.class, tagged.tags().get(0)));
      article.getTags().add(em.find(Tag.class, tagged.tags().get(2)));
    });
    List<M2mChanged<?>> changes = m2m();
    assertEquals(
        REMOVE_THEN_ADD,
        actions(changes));
    assertEquals(Set.of(tagged.tags().get(0)), changes.get(0).pkSet());
    assertEquals(Set.of(tagged.tags().get(2)), changes.get(1).pkSet());
    assertEquals(List.of(tagged.tags().get(1), tagged.tags().get(2)), tagsInDatabase(tagged));
  }

  @Test
  void clearSendsPreAndPostClearWithoutPkSet() {
    Tagged tagged = tagged(2, 0);
    commit(em -> em.find(Article.class, tagged.article()).getTags().clear());
    List<M2mChanged<?>> changes = m2m();
    assertEquals(List.of(M2mChanged.Action.PRE_CLEAR, M2mChanged.Action.POST_CLEAR), actions(changes));
    assertNull(changes.get(0).pkSet());
    assertEquals(List.of(), tagsInDatabase(tagged));
  }

  @Test
  void removingEveryElementOneByOneIsARemoveNotAClear() {
    Tagged tagged = tagged(2, 0);
    commit(em -> {
      Article article = em.find(Article.class, tagged.article());
      for (long id : tagged.tags()) {
        article.getTags().remove(em.find(Tag.class, id));
      }
    });
    List<M2mChanged<?>> changes = m2m();
    assertEquals(List.of(M2mChanged.Action.PRE_REMOVE, M2mChanged.Action.POST_REMOVE), actions(changes));
    assertEquals(Set.copyOf(tagged.tags()), changes.get(0).pkSet());
  }

  @Test
  void replacingTheCollectionClearsAndAddsLikeDjangosSetWithClear() {
    Tagged tagged = tagged(1, 1);
    commit(em -> {
      Article article = em.find(Article.class, tagged.article());
      article.setTags(new HashSet<>(Set.of(em.find(Tag.class, tagged.tags().get(1)))));
    });
    List<M2mChanged<?>> changes = m2m();
    assertEquals(
        List.of(
            M2mChanged.Action.PRE_CLEAR,
            M2mChanged.Action.PRE_ADD,
            M2mChanged.Action.POST_CLEAR,
            M2mChanged.Action.POST_ADD),
        actions(changes));
    assertEquals(Set.of(tagged.tags().get(1)), changes.get(3).pkSet());
    assertEquals(List.of(tagged.tags().get(1)), tagsInDatabase(tagged));
  }

  @Test
  void theInverseSideWritesNothingSoItSendsNothing() {
    Tagged tagged = tagged(1, 1);
    commit(em -> {
      Tag spare = em.find(Tag.class, tagged.tags().get(1));
      spare.getArticles().add(em.find(Article.class, tagged.article()));
    });
    assertEquals(List.of(), m2m());
    assertEquals(List.of(), statements.writes());
    assertEquals(List.of(tagged.tags().get(0)), tagsInDatabase(tagged));
  }

  @Test
  void deletingTheOwnerSendsNoM2mChangedAsInDjango() {
    Tagged tagged = tagged(2, 0);
    commit(em -> em.remove(em.find(Article.class, tagged.article())));
    assertEquals(List.of(), m2m());
    assertEquals(
        List.of("delete article_reader", "delete article_tag", "delete article"),
        statements.writes());
  }

  @Test
  void aBagRewrittenByHibernateStillReportsWhatWasAddedAndRemoved() {
    List<Long> users = inTransaction(em -> {
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        User user = new User("reader" + ids.size() + "@example.com", "Reader");
        em.persist(user);
        ids.add(user.getId());
      }
      return ids;
    });
    long article = inTransaction(em -> {
      Article a = new Article("read");
      a.getReaders().add(em.find(User.class, users.get(0)));
      a.getReaders().add(em.find(User.class, users.get(1)));
      em.persist(a);
      return a.getId();
    });
    recorder.forgetSends();
    commit(em -> {
      Article a = em.find(Article.class, article);
      a.getReaders().remove(0);
      a.getReaders().add(em.find(User.class, users.get(2)));
    });
    List<M2mChanged<?>> changes = m2m();
    assertEquals(
        REMOVE_THEN_ADD,
        actions(changes));
    assertEquals(Set.of(users.get(0)), changes.get(0).pkSet());
    assertEquals(Set.of(users.get(2)), changes.get(1).pkSet());
    assertEquals("readers", changes.get(0).attribute());
    assertEquals(User.class, changes.get(0).model());
  }

  @Test
  void theInstanceIsTheOwner() {
    Tagged tagged = tagged(1, 1);
    Article owner = inTransaction(em -> {
      Article article = em.find(Article.class, tagged.article());
      article.getTags().add(em.find(Tag.class, tagged.tags().get(1)));
      return article;
    });
    assertSame(owner, m2m().get(0).instance());
  }

  private List<M2mChanged<?>> m2m() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<M2mChanged<?>> changes = (List) recorder.payloads(M2mChanged.class);
    return changes;
  }

  private static List<M2mChanged.Action> actions(List<M2mChanged<?>> changes) {
    return changes.stream().<M2mChanged.Action>map(M2mChanged::action).toList();
  }

  private List<Long> tagsInDatabase(Tagged tagged) {
    try (EntityManager em = emf.createEntityManager()) {
      return em.createQuery(
              "select t.id from Article a join a.tags t where a.id = :id order by t.id", Long.class)
          .setParameter("id", tagged.article())
          .getResultList();
    }
  }
}
