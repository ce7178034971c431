package io.signals4j.hibernate;

import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.model.ClassPrepared;
import io.signals4j.model.M2mChanged;
import io.signals4j.model.PostDelete;
import io.signals4j.model.PostInit;
import io.signals4j.model.PostSave;
import io.signals4j.model.PreDelete;
import io.signals4j.model.PreInit;
import io.signals4j.model.PreSave;
import jakarta.transaction.Synchronization;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The model signals of one session factory, and the state of each of its sessions that has
 * signals waiting. Every listener of the factory sends through it.
 *
 * <p>Two ways to send, because receivers can do more at some moments than at others:
 *
 * <ul>
 *   <li>{@link #sendInside}: in the middle of a Hibernate operation, right before or after a
 *       statement (pre_save, pre_init, ...). Receivers may read and edit the instance and query;
 *       their queries do not flush, since a flush from there would meet half-written state.
 *   <li>{@link #sendLater}: queued, and sent at the next safe point: when the outermost persist,
 *       merge or remove returns, or when a flush has finished. Receivers may do anything there,
 *       writes included, and writes made at the end of a flush are flushed in turn.
 * </ul>
 */
final class Emitter {

  final String using;
  final Signal<PreInit<?>> preInit;
  final Signal<PostInit<?>> postInit;
  final Signal<PreSave<?>> preSave;
  final Signal<PostSave<?>> postSave;
  final Signal<PreDelete<?>> preDelete;
  final Signal<PostDelete<?>> postDelete;
  final Signal<M2mChanged<?>> m2mChanged;
  final Signal<ClassPrepared<?>> classPrepared;

  /**
   * Sessions with signals waiting. Keys are sessions, which compare by identity; an entry leaves
   * when its session's transaction completes, or when it falls idle outside a transaction.
   */
  private final Map<SharedSessionContractImplementor, SessionSignals> sessions =
      new ConcurrentHashMap<>();

  Emitter(Signals signals, String using) {
    this.using = using;
    this.preInit = signals.signal(PreInit.class);
    this.postInit = signals.signal(PostInit.class);
    this.preSave = signals.signal(PreSave.class);
    this.postSave = signals.signal(PostSave.class);
    this.preDelete = signals.signal(PreDelete.class);
    this.postDelete = signals.signal(PostDelete.class);
    this.m2mChanged = signals.signal(M2mChanged.class);
    this.classPrepared = signals.signal(ClassPrepared.class);
  }

  /** Sends now, in the middle of a Hibernate operation: receivers' queries do not flush. */
  <P> void sendInside(
      SharedSessionContractImplementor session, Signal<P> signal, Class<?> sender, P payload) {
    if (!(session instanceof SessionImplementor stateful)) {
      send(session, signal, sender, payload);
      return;
    }
    FlushMode mode = stateful.getHibernateFlushMode();
    stateful.setHibernateFlushMode(FlushMode.MANUAL);
    try {
      send(session, signal, sender, payload);
    } finally {
      stateful.setHibernateFlushMode(mode);
    }
  }

  /**
   * Queues a send for the next safe point of the session. A stateless session writes each row at
   * once and has no persistence context to protect, so its sends go out at once.
   */
  <P> void sendLater(
      SharedSessionContractImplementor session, Signal<P> signal, Class<?> sender, P payload) {
    if (!(session instanceof SessionImplementor stateful)) {
      send(session, signal, sender, payload);
      return;
    }
    state(stateful).queue(new SessionSignals.Pending<>(signal, sender, payload));
  }

  /**
   * Sends now, at a safe point, with {@link HibernateSignals#session()} answering. With {@code
   * fire}: it fails exactly as Django's {@code send} does, on the first failing receiver, and
   * allocates no responses, which nobody would read.
   */
  <P> void send(
      SharedSessionContractImplementor session, Signal<P> signal, Class<?> sender, P payload) {
    SharedSessionContractImplementor previous = HibernateSignals.enter(session);
    try {
      signal.fire(sender, payload);
    } finally {
      HibernateSignals.leave(previous);
    }
  }

  /** The session's state, created on first need. */
  SessionSignals state(SessionImplementor session) {
    SessionSignals state = sessions.get(session);
    if (state != null) {
      return state;
    }
    boolean inTransaction = session.isTransactionInProgress();
    state = new SessionSignals(this, session, inTransaction);
    sessions.put(session, state);
    if (inTransaction) {
      // What a failed flush or a rollback left queued must never be sent in a later transaction.
      SessionSignals created = state;
      session
          .accessTransaction()
          .registerSynchronization(
              new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                  created.discard();
                  sessions.remove(session, created);
                }
              });
    }
    return state;
  }

  /** The session's state if it has one, without creating it. */
  SessionSignals stateIfAny(SharedSessionContractImplementor session) {
    return sessions.get(session);
  }

  /** Forgets an idle state of a session outside a transaction, which nothing else would remove. */
  void release(SessionSignals state) {
    if (!state.boundToTransaction() && state.idle()) {
      sessions.remove(state.session(), state);
    }
  }

  /** At the end of an outermost persist, merge or remove: sends what is queued. */
  void safePoint(SessionImplementor session) {
    if (session.getPersistenceContextInternal().getCascadeLevel() != 0
        || session.getPersistenceContextInternal().isFlushing()) {
      return;
    }
    SessionSignals state = sessions.get(session);
    if (state != null) {
      state.drain();
      release(state);
    }
  }

  /** At the end of a flush: sends what is queued and flushes what receivers wrote, until quiet. */
  void flushed(SessionImplementor session) {
    if (session.getPersistenceContextInternal().getCascadeLevel() != 0) {
      return;
    }
    SessionSignals state = sessions.get(session);
    if (state != null) {
      state.settle();
      release(state);
    }
  }
}
