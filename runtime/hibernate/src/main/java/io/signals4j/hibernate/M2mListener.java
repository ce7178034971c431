package io.signals4j.hibernate;

import io.signals4j.model.M2mChanged.Action;
import io.signals4j.model.M2mChanged;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRecreateEvent;
import org.hibernate.event.spi.PreCollectionRecreateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * m2m_changed from the collection events of the owning side of each many-to-many relation.
 *
 * <p>Hibernate reports a collection, not the calls that changed it: what was added and removed is
 * the difference between the collection and the snapshot taken when it was loaded, worked out
 * before the join table is written and kept for the post_ actions. A collection emptied with
 * {@code clear()} is told from one whose elements were each removed, as Django tells {@code
 * clear()} from {@code remove()}; a collection replaced by another is cleared and then added to,
 * as Django's {@code set(objs, clear=True)}. The inverse side ({@code mappedBy}) writes nothing,
 * so it sends nothing; a deleted owner's rows go without m2m_changed, as in Django.
 */
final class M2mListener
    implements PreCollectionRecreateEventListener,
        PostCollectionRecreateEventListener,
        PreCollectionUpdateEventListener,
        PostCollectionUpdateEventListener,
        PreCollectionRemoveEventListener,
        PostCollectionRemoveEventListener {

  /** What happened to a collection, as Django would have been told. */
  private enum Kind {
    RECREATE,
    UPDATE,
    REMOVE
  }

  private final Emitter emitter;

  M2mListener(Emitter emitter) {
    this.emitter = emitter;
  }

  @Override
  public void onPreRecreateCollection(PreCollectionRecreateEvent event) {
    before(event, Kind.RECREATE);
  }

  @Override
  public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
    after(event);
  }

  @Override
  public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
    before(event, Kind.UPDATE);
  }

  @Override
  public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
    after(event);
  }

  @Override
  public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
    before(event, Kind.REMOVE);
  }

  @Override
  public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
    after(event);
  }

  private void before(AbstractCollectionEvent event, Kind kind) {
    CollectionPersister persister = event.getCollectionPersister();
    if (!persister.isManyToMany() || persister.isInverse()) {
      return;
    }
    Class<?> sender = persister.getOwnerEntityPersister().getMappedClass();
    Object owner = event.getAffectedOwnerOrNull();
    if (owner == null || !emitter.m2mChanged.hasListeners(sender)) {
      return;
    }
    SessionImplementor session = statefulSession(event);
    if (session == null) {
      return;
    }
    List<M2mChanged<?>> posts = new ArrayList<>(2);
    for (Change change : changes(event, kind, session)) {
      emitter.sendInside(session, emitter.m2mChanged, sender, payload(event, owner, change, true));
      posts.add(payload(event, owner, change, false));
    }
    if (!posts.isEmpty()) {
      emitter.state(session).planM2mPosts(event.getCollection(), posts);
    }
  }

  private void after(AbstractCollectionEvent event) {
    CollectionPersister persister = event.getCollectionPersister();
    if (!persister.isManyToMany() || persister.isInverse()) {
      return;
    }
    SessionImplementor session = statefulSession(event);
    SessionSignals state = session == null ? null : emitter.stateIfAny(session);
    List<M2mChanged<?>> posts = state == null ? null : state.takeM2mPosts(event.getCollection());
    if (posts != null) {
      Class<?> sender = persister.getOwnerEntityPersister().getMappedClass();
      for (M2mChanged<?> post : posts) {
        emitter.sendLater(session, emitter.m2mChanged, sender, post);
      }
    }
  }

  /** A change of one action: what Django's manager call would have been. */
  private record Change(Action pre, Action post, Set<Object> pkSet) {}

  private static List<Change> changes(
      AbstractCollectionEvent event, Kind kind, SessionImplementor session) {
    PersistentCollection<?> collection = event.getCollection();
    CollectionPersister persister = event.getCollectionPersister();
    List<Change> changes = new ArrayList<>(2);
    switch (kind) {
      case RECREATE -> {
        Set<Object> added = ids(elements(collection), persister, session);
        if (!added.isEmpty()) {
          changes.add(new Change(Action.PRE_ADD, Action.POST_ADD, added));
        }
      }
      case UPDATE -> {
        Object snapshot = collection.getStoredSnapshot();
        if (snapshot == null) {
          // An uninitialized collection with queued operations: no before to compare with.
          return changes;
        }
        Set<Object> before = ids(elements(snapshot), persister, session);
        Set<Object> after = ids(elements(collection), persister, session);
        if (after.isEmpty() && !before.isEmpty() && !collection.isElementRemoved()) {
          changes.add(new Change(Action.PRE_CLEAR, Action.POST_CLEAR, null));
          return changes;
        }
        Set<Object> removed = new LinkedHashSet<>(before);
        removed.removeAll(after);
        Set<Object> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        if (!removed.isEmpty()) {
          changes.add(new Change(Action.PRE_REMOVE, Action.POST_REMOVE, removed));
        }
        if (!added.isEmpty()) {
          changes.add(new Change(Action.PRE_ADD, Action.POST_ADD, added));
        }
      }
      case REMOVE -> {
        EntityEntry owner =
            session.getPersistenceContextInternal().getEntry(event.getAffectedOwnerOrNull());
        if (owner != null && !owner.getStatus().isDeletedOrGone()) {
          changes.add(new Change(Action.PRE_CLEAR, Action.POST_CLEAR, null));
        }
      }
    }
    return changes;
  }

  private M2mChanged<Object> payload(
      AbstractCollectionEvent event, Object owner, Change change, boolean pre) {
    CollectionPersister persister = event.getCollectionPersister();
    String role = persister.getRole();
    String ownerName = persister.getOwnerEntityPersister().getEntityName();
    String attribute =
        role.startsWith(ownerName + ".") ? role.substring(ownerName.length() + 1) : role;
    return new M2mChanged<>(
        owner,
        pre ? change.pre() : change.post(),
        false,
        persister.getElementPersister().getMappedClass(),
        change.pkSet(),
        emitter.using,
        attribute);
  }

  private static Iterable<?> elements(Object collection) {
    if (collection instanceof Map<?, ?> map) {
      return map.values();
    }
    if (collection instanceof Collection<?> elements) {
      return elements;
    }
    return List.of();
  }

  private static Set<Object> ids(
      Iterable<?> elements, CollectionPersister persister, SessionImplementor session) {
    Set<Object> ids = new LinkedHashSet<>();
    for (Object element : elements) {
      if (element == null) {
        continue;
      }
      LazyInitializer proxy = HibernateProxy.extractLazyInitializer(element);
      ids.add(
          proxy != null
              ? proxy.getInternalIdentifier()
              : persister.getElementPersister().getIdentifier(element, session));
    }
    return ids;
  }

  /**
   * The session of a stateful collection event, or null for a stateless session's: Hibernate
   * builds those with no session at all, and their {@code getSession()} throws a
   * NullPointerException. A stateless session keeps no snapshot, so there would be no difference
   * to report anyway: it rewrites the whole join table of the owner.
   */
  private static SessionImplementor statefulSession(AbstractCollectionEvent event) {
    try {
      return event.getSession();
    } catch (NullPointerException stateless) {
      return null;
    }
  }
}
