package io.signals4j.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.signals4j.Connect;
import io.signals4j.Connection;
import io.signals4j.Phase;
import io.signals4j.hibernate.entities.User;
import io.signals4j.model.PostSave;
import jakarta.persistence.EntityTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * After-commit receivers on Hibernate transactions: the welcome mail of Django's story goes out
 * once the user's transaction commits, never for one that rolls back.
 */
class AfterCommitTest extends UnitFixture {

  private final List<String> mails = new CopyOnWriteArrayList<>();
  private final List<Connection> connections = new ArrayList<>();

  @AfterEach
  void disconnect() {
    connections.forEach(Connection::disconnect);
    connections.clear();
    mails.clear();
  }

  private void connectWelcomeMail() {
    connections.add(signals.<PostSave<User>>signal(PostSave.class).connect((saved, sender) -> {
      if (saved.created()) {
        mails.add("welcome " + saved.instance().getEmail());
      }
    }, Connect.sender(User.class).phase(Phase.AFTER_COMMIT)));
    connections.add(signals.<PostSave<User>>signal(PostSave.class).connect((saved, sender) -> {
      mails.add("sorry " + saved.instance().getEmail());
    }, Connect.sender(User.class).phase(Phase.AFTER_ROLLBACK)));
  }

  @Test
  void welcomeMailGoesOutAfterTheCommit() {
    connectWelcomeMail();

    commit(em -> {
      em.persist(new User("ann@example.com", "Ann"));
      em.flush();
      assertEquals(List.of(), mails, "nothing before the commit, even after the flush");
    });

    assertEquals(List.of("welcome ann@example.com"), mails);
  }

  @Test
  void noWelcomeMailForASignupThatRollsBack() {
    connectWelcomeMail();

    try (var em = emf.createEntityManager()) {
      EntityTransaction tx = em.getTransaction();
      tx.begin();
      em.persist(new User("bob@example.com", "Bob"));
      em.flush();
      tx.rollback();
    }

    assertEquals(List.of("sorry bob@example.com"), mails);
  }

  @Test
  void aFailingCommitRunsTheRollbackReceivers() {
    connectWelcomeMail();
    recorder.on(PostSave.class, (payload, sender) -> {
      if (sender == User.class && ((PostSave<?>) payload).instance() instanceof User user
          && user.getEmail().startsWith("cyd")) {
        throw new IllegalStateException("no signups today");
      }
    });

    assertThrows(RuntimeException.class, () -> commit(em -> {
      em.persist(new User("dan@example.com", "Dan"));
      em.persist(new User("cyd@example.com", "Cyd"));
    }));

    assertEquals(List.of("sorry dan@example.com", "sorry cyd@example.com"), mails);
  }
}
