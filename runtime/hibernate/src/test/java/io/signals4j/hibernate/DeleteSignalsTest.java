package io.signals4j.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.hibernate.entities.Article;
import io.signals4j.hibernate.entities.Author;
import io.signals4j.hibernate.entities.AuthorNote;
import io.signals4j.hibernate.entities.Comment;
import io.signals4j.model.PostDelete;
import io.signals4j.model.PreDelete;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pre_delete and post_delete: Django's order, origin, and what sends nothing. */
class DeleteSignalsTest extends UnitFixture {


  private Article articleWithComments(String title, int comments) {
    Article article = inTransaction(em -> {
      Article a = new Article(title);
      for (int i = 0; i < comments; i++) {
        a.comment("comment " + i);
      }
      em.persist(a);
      return a;
    });
    recorder.forgetSends();
    statements.clear();
    return article;
  }

  @Test
  void everyPreDeleteComesFirstThenTheStatementsThenThePostDeletesAsInDjango() {
    Article article = articleWithComments("Doomed", 2);
    commit(em -> {
      Article loaded = em.find(Article.class, article.getId());
      List<Comment> comments = List.copyOf(loaded.getComments());
      em.remove(loaded);
      // Sent by remove(), before any statement.
      assertEquals(List.of(), statements.writes());
      assertEquals(
          List.of(
              "pre_delete Comment " + comments.get(0),
              "pre_delete Comment " + comments.get(1),
              "pre_delete Article " + loaded),
          recorder.log());
    });
    // The join rows of Article.readers and .tags go first, without m2m_changed, as in Django.
    assertEquals(
        List.of("delete article_reader", "delete article_tag", "delete comment", "delete comment",
            "delete article"),
        statements.writes());
    List<String> log = recorder.log();
    assertEquals(6, log.size(), log::toString);
    assertTrue(log.subList(3, 6).stream().allMatch(s -> s.startsWith("post_delete")), log::toString);
    assertTrue(log.get(5).startsWith("post_delete Article"), log::toString);
    for (PreDelete<?> pre : recorder.payloads(PreDelete.class)) {
      assertEquals(article.getId(), ((Article) pre.origin()).getId());
      assertEquals("shop", pre.using());
    }
    for (PostDelete<?> post : recorder.payloads(PostDelete.class)) {
      assertEquals(article.getId(), ((Article) post.origin()).getId());
    }
    assertEquals(0, count(Article.class, article.getId()));
  }

  @Test
  void orphanRemovalSendsPreDeleteRightBeforeItsStatementWithItselfAsOrigin() {
    Article article = articleWithComments("Pruned", 1);
    commit(em -> {
      Article loaded = em.find(Article.class, article.getId());
      loaded.getComments().clear();
      recorder.forgetSends();
    });
    assertEquals(List.of("delete comment"), statements.writes());
    PreDelete<?> pre = recorder.payloads(PreDelete.class).get(0);
    assertSame(pre.instance(), pre.origin());
    assertEquals(List.of("pre_delete Comment", "post_delete Comment"),
        recorder.log().stream().map(s -> s.substring(0, s.lastIndexOf(' '))).toList());
  }

  @Test
  void aProxyIsDeletedAsItsEntityClass() {
    Author author = inTransaction(em -> {
      Author a = new Author("Proxy");
      em.persist(a);
      return a;
    });
    recorder.forgetSends();
    commit(em -> em.remove(em.getReference(Author.class, author.getId())));
    assertEquals(2, recorder.writes().size(), recorder.log()::toString);
    for (Recorder.Sent sent : recorder.writes()) {
      assertEquals(Author.class, sent.sender());
    }
    assertEquals(Author.class, recorder.payloads(PreDelete.class).get(0).instance().getClass());
  }

  @Test
  void bulkDeleteSendsNothingButLoadingAndRemovingSendsPerRow() {
    articleWithComments("Bulk", 0);
    articleWithComments("Bulk", 0);
    commit(em -> em.createQuery("delete from Article a where a.title = 'Bulk'").executeUpdate());
    assertEquals(List.of(), recorder.log());
    articleWithComments("Rows", 0);
    articleWithComments("Rows", 0);
    commit(em -> em.createQuery("from Article a where a.title = 'Rows'", Article.class)
        .getResultList()
        .forEach(em::remove));
    assertEquals(2, recorder.payloads(PreDelete.class).size());
    assertEquals(2, recorder.payloads(PostDelete.class).size());
  }

  @Test
  void failingPreDeleteReceiverKeepsTheRow() {
    Article article = articleWithComments("Kept", 1);
    recorder.on(PreDelete.class, (payload, sender) -> {
      if (sender == Article.class) {
        throw new IllegalStateException("articles are forever");
      }
    });
    assertThrows(RuntimeException.class,
        () -> commit(em -> em.remove(em.find(Article.class, article.getId()))));
    assertEquals(1, count(Article.class, article.getId()));
    try (EntityManager em = emf.createEntityManager()) {
      assertEquals(1, em.find(Article.class, article.getId()).getComments().size());
    }
  }

  @Test
  void preDeleteReceiversMayWrite() {
    Author author = inTransaction(em -> {
      Author a = new Author("Archived");
      em.persist(a);
      return a;
    });
    recorder.on(PreDelete.class, (payload, sender) -> {
      if (payload instanceof PreDelete<?> pre && pre.instance() instanceof Author gone) {
        HibernateSignals.session().persist(new AuthorNote(null, "deleted " + gone.getName()));
      }
    });
    commit(em -> em.remove(em.find(Author.class, author.getId())));
    try (EntityManager em = emf.createEntityManager()) {
      assertEquals(1L, em.createQuery(
              "select count(n) from AuthorNote n where n.text = 'deleted Archived'", Long.class)
          .getSingleResult());
    }
  }

  private long count(Class<?> entity, long id) {
    try (EntityManager em = emf.createEntityManager()) {
      return em.createQuery(
              "select count(e) from " + entity.getSimpleName() + " e where e.id = :id",
              Long.class)
          .setParameter("id", id)
          .getSingleResult();
    }
  }
}
