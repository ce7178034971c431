package io.signals4j.hibernate;

import io.signals4j.Signal;
import io.signals4j.model.M2mChanged;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * What one session has in flight: the sends waiting for a safe point, the deletions whose
 * pre_delete was sent when they were asked for, and the m2m changes planned before their
 * statements. Used only by the thread working with the session, like the session itself.
 */
final class SessionSignals {

  /**
   * How many flushes in a row may each send signals whose receivers write again. A receiver that
   * saves the instance whose post_save it handles sends post_save again, as in Django, where it
   * recurses until Python gives up; ten rounds is far beyond any chain of receivers that ends
   * (user → profile → audit row is three), and stops one that does not before it fills the log.
   */
  static final int MAX_FLUSH_ROUNDS = 10;

  /** One send waiting for a safe point. */
  record Pending<P>(Signal<P> signal, Class<?> sender, P payload) {}

  /** A deletion that was asked for, and what asked for it. */
  static final class Deletion {
    final Class<?> model;
    /** The instance the delete call was given; null until that call returns. */
    Object origin;
    boolean preDeleteSent;

    Deletion(Class<?> model) {
      this.model = model;
    }
  }

  private final Emitter emitter;
  private final SessionImplementor session;
  private final boolean boundToTransaction;
  private final ArrayDeque<Pending<?>> queue = new ArrayDeque<>();
  private final Map<Object, Deletion> deletions = new IdentityHashMap<>();
  /** The instances the current remove call deletes, children first, as Hibernate deletes them. */
  private final List<Object> removing = new ArrayList<>();
  private final Map<PersistentCollection<?>, List<M2mChanged<?>>> m2mPosts =
      new IdentityHashMap<>();

  private boolean draining;
  private boolean settling;
  /** Set when a pre_save edit could not join its statement, so that one more flush writes it. */
  private boolean flushAgain;

  SessionSignals(Emitter emitter, SessionImplementor session, boolean boundToTransaction) {
    this.emitter = emitter;
    this.session = session;
    this.boundToTransaction = boundToTransaction;
  }

  SessionImplementor session() {
    return session;
  }

  boolean boundToTransaction() {
    return boundToTransaction;
  }

  boolean idle() {
    return queue.isEmpty()
        && deletions.isEmpty()
        && removing.isEmpty()
        && m2mPosts.isEmpty()
        && !flushAgain
        && !draining
        && !settling;
  }

  void queue(Pending<?> pending) {
    queue.add(pending);
  }

  void flushAgain() {
    flushAgain = true;
  }

  // ---------------------------------------------------------------------------------------------
  // Deletions

  /** Records an instance that a remove call marked deleted, in the order Hibernate deletes them. */
  void removing(Object instance, Class<?> model) {
    if (!deletions.containsKey(instance)) {
      deletions.put(instance, new Deletion(model));
      removing.add(instance);
    }
  }

  /** The instances the remove call of {@code origin} deleted; their origin is now known. */
  List<Object> removed(Object origin) {
    List<Object> removed = new ArrayList<>(removing);
    removing.clear();
    for (Object instance : removed) {
      Deletion deletion = deletions.get(instance);
      if (deletion.origin == null) {
        deletion.origin = origin;
      }
    }
    return removed;
  }

  Deletion deletion(Object instance) {
    return deletions.get(instance);
  }

  Deletion forgetDeletion(Object instance) {
    return deletions.remove(instance);
  }

  // ---------------------------------------------------------------------------------------------
  // Many-to-many changes

  void planM2mPosts(PersistentCollection<?> collection, List<M2mChanged<?>> posts) {
    m2mPosts.put(collection, posts);
  }

  List<M2mChanged<?>> takeM2mPosts(PersistentCollection<?> collection) {
    return m2mPosts.remove(collection);
  }

  // ---------------------------------------------------------------------------------------------
  // Sending

  /**
   * Sends what is queued, first in first out. Signals caused by receivers are queued behind and
   * sent once the current receivers return, so a chain of receivers never recurses. A failing
   * receiver drops the rest: its exception fails the operation and the transaction rolls back, so
   * the queued signals describe writes that will not stay.
   */
  void drain() {
    if (draining) {
      return;
    }
    draining = true;
    try {
      Pending<?> pending;
      while ((pending = queue.poll()) != null) {
        send(pending);
      }
    } catch (RuntimeException | Error e) {
      discard();
      throw e;
    } finally {
      draining = false;
    }
  }

  private <P> void send(Pending<P> pending) {
    emitter.send(session, pending.signal(), pending.sender(), pending.payload());
  }

  /**
   * At the end of a flush: sends what is queued, then flushes what the receivers wrote, whose
   * signals are sent in turn, until a flush sends nothing. Inside a receiver (which may flush) the
   * outer call does this work.
   */
  void settle() {
    if (draining || settling || (queue.isEmpty() && !flushAgain)) {
      return;
    }
    settling = true;
    try {
      for (int round = 1; !queue.isEmpty() || flushAgain; round++) {
        if (round > MAX_FLUSH_ROUNDS) {
          Pending<?> next = queue.peek();
          discard();
          throw new IllegalStateException(
              "Model signal receivers kept writing: "
                  + MAX_FLUSH_ROUNDS
                  + " flushes in a row each sent signals whose receivers changed entities again"
                  + (next == null
                      ? ""
                      : "; the next would have been "
                          + next.signal().type().getSimpleName()
                          + " from "
                          + next.sender().getName())
                  + ". A receiver that saves the instance whose post_save it handles sends"
                  + " post_save again, as in Django: make it stop once the change is made"
                  + " (check changed() or the value itself)");
        }
        flushAgain = false;
        drain();
        session.flush();
      }
    } finally {
      settling = false;
    }
  }

  /** Forgets everything in flight. */
  void discard() {
    queue.clear();
    deletions.clear();
    removing.clear();
    m2mPosts.clear();
    flushAgain = false;
  }
}
