package io.signals4j.hibernate;

import io.signals4j.model.PostDelete;
import io.signals4j.model.PreDelete;
import java.util.List;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * pre_delete when a delete is asked for, post_delete after each DELETE statement, in Django's
 * order: every pre_delete of a delete and its cascade first, then the statements, then the
 * post_deletes.
 *
 * <p>As a DELETE listener placed after Hibernate's own, it is called for each instance once
 * Hibernate has marked it deleted: for the cascade first, children before parents, which is the
 * order of the DELETE statements, and last for the instance {@code remove} was given, which is
 * every one's origin. That last call happens outside any flush, so pre_delete receivers run where
 * they may also write. A deletion that reaches no remove call (orphan removal during a flush)
 * sends its pre_delete right before its statement instead, with itself as origin.
 */
final class DeleteListener
    implements DeleteEventListener, PreDeleteEventListener, PostDeleteEventListener {

  private final Emitter emitter;

  DeleteListener(Emitter emitter) {
    this.emitter = emitter;
  }

  @Override
  public void onDelete(DeleteEvent event) {
    deleted(event);
  }

  @Override
  public void onDelete(DeleteEvent event, DeleteContext transientEntities) {
    deleted(event);
  }

  private void deleted(DeleteEvent event) {
    SessionImplementor session = event.getSession();
    PersistenceContext context = session.getPersistenceContextInternal();
    LazyInitializer proxy = HibernateProxy.extractLazyInitializer(event.getObject());
    // Hibernate's own listener, before this one, has loaded what a proxy stands for.
    Object instance = proxy == null ? event.getObject() : proxy.getImplementation();
    EntityEntry entry = context.getEntry(instance);
    if (entry != null && entry.getStatus() == Status.DELETED && entry.isExistsInDatabase()) {
      Class<?> model = entry.getPersister().getMappedClass();
      if (emitter.preDelete.hasListeners(model) || emitter.postDelete.hasListeners(model)) {
        emitter.state(session).removing(instance, model);
      }
    }
    if (context.getCascadeLevel() != 0 || context.isFlushing()) {
      return;
    }
    SessionSignals state = emitter.stateIfAny(session);
    if (state == null) {
      return;
    }
    List<Object> removed = state.removed(instance);
    for (Object deleted : removed) {
      SessionSignals.Deletion deletion = state.deletion(deleted);
      if (deletion != null && !deletion.preDeleteSent) {
        deletion.preDeleteSent = true;
        if (emitter.preDelete.hasListeners(deletion.model)) {
          emitter.send(
              session,
              emitter.preDelete,
              deletion.model,
              new PreDelete<>(deleted, emitter.using, deletion.origin));
        }
      }
    }
    emitter.safePoint(session);
  }

  @Override
  public boolean onPreDelete(PreDeleteEvent event) {
    Class<?> model = event.getPersister().getMappedClass();
    if (!emitter.preDelete.hasListeners(model)) {
      return false;
    }
    Object instance = event.getEntity();
    SessionSignals state = emitter.stateIfAny(event.getSession());
    SessionSignals.Deletion deletion = state == null ? null : state.deletion(instance);
    if (deletion != null && deletion.preDeleteSent) {
      return false;
    }
    if (deletion != null) {
      deletion.preDeleteSent = true;
    }
    emitter.sendInside(
        event.getSession(),
        emitter.preDelete,
        model,
        new PreDelete<>(instance, emitter.using, originOf(deletion, instance)));
    return false;
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    Object instance = event.getEntity();
    SessionSignals state = emitter.stateIfAny(event.getSession());
    SessionSignals.Deletion deletion = state == null ? null : state.forgetDeletion(instance);
    Class<?> model = event.getPersister().getMappedClass();
    if (emitter.postDelete.hasListeners(model)) {
      emitter.sendLater(
          event.getSession(),
          emitter.postDelete,
          model,
          new PostDelete<>(instance, emitter.using, originOf(deletion, instance)));
    }
  }

  private static Object originOf(SessionSignals.Deletion deletion, Object instance) {
    return deletion == null || deletion.origin == null ? instance : deletion.origin;
  }
}
