package io.signals4j.hibernate;

import io.signals4j.model.PostSave;
import io.signals4j.model.PreSave;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * pre_save right before each INSERT and UPDATE statement, post_save after it (at the next safe
 * point).
 *
 * <p>What a pre_save receiver sets on the instance is written by the same statement: Hibernate
 * took the statement's values from the instance before the receivers ran, so the values they
 * changed, and only those, are copied into it. Copying every value would write back the version
 * Hibernate has just incremented with the old one. A {@code @DynamicUpdate} statement lists only
 * the columns found changed before the receivers ran; an edit of another column stays on the
 * instance, where the flush that follows finds and writes it.
 */
final class SaveListener
    implements PreInsertEventListener,
        PostInsertEventListener,
        PreUpdateEventListener,
        PostUpdateEventListener {

  private final Emitter emitter;

  SaveListener(Emitter emitter) {
    this.emitter = emitter;
  }

  @Override
  public boolean onPreInsert(PreInsertEvent event) {
    EntityPersister persister = event.getPersister();
    Class<?> model = persister.getMappedClass();
    if (emitter.preSave.hasListeners(model)) {
      Object entity = event.getEntity();
      PreSave<?> payload = new PreSave<>(entity, true, false, emitter.using, null, null);
      sendEditable(event.getSession(), persister, entity, event.getState(), null, model, payload);
    }
    return false;
  }

  @Override
  public void onPostInsert(PostInsertEvent event) {
    Class<?> model = event.getPersister().getMappedClass();
    if (emitter.postSave.hasListeners(model)) {
      emitter.sendLater(
          event.getSession(),
          emitter.postSave,
          model,
          new PostSave<>(event.getEntity(), true, false, emitter.using, null, null));
    }
  }

  @Override
  public boolean onPreUpdate(PreUpdateEvent event) {
    EntityPersister persister = event.getPersister();
    Class<?> model = persister.getMappedClass();
    if (!emitter.preSave.hasListeners(model)) {
      return false;
    }
    Object entity = event.getEntity();
    Object[] state = event.getState();
    Object[] old = event.getOldState();
    int[] changed = old == null ? null : changed(persister, state, old, entity, event.getSession());
    if (changed != null && changed.length == 0) {
      return false;
    }
    PreSave<?> payload =
        new PreSave<>(
            entity,
            false,
            false,
            emitter.using,
            names(persister, changed),
            previous(persister, old));
    int[] written = persister.isDynamicUpdate() ? changed : null;
    sendEditable(event.getSession(), persister, entity, state, written, model, payload);
    return false;
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    EntityPersister persister = event.getPersister();
    Class<?> model = persister.getMappedClass();
    if (!emitter.postSave.hasListeners(model)) {
      return;
    }
    Object[] old = event.getOldState();
    // Compared here rather than taken from getDirtyProperties(), which predates pre_save's edits.
    int[] changed =
        old == null
            ? null
            : changed(persister, event.getState(), old, event.getEntity(), event.getSession());
    if (changed != null && changed.length == 0) {
      return;
    }
    emitter.sendLater(
        event.getSession(),
        emitter.postSave,
        model,
        new PostSave<>(
            event.getEntity(),
            false,
            false,
            emitter.using,
            names(persister, changed),
            previous(persister, old)));
  }

  /**
   * Sends a pre_save and copies the values its receivers changed into the statement's {@code
   * state}: all of them, or for a dynamic update those among {@code written}, the columns the
   * statement lists.
   */
  private void sendEditable(
      SharedSessionContractImplementor session,
      EntityPersister persister,
      Object entity,
      Object[] state,
      int[] written,
      Class<?> model,
      PreSave<?> payload) {
    Object[] before = persister.getValues(entity);
    emitter.sendInside(session, emitter.preSave, model, payload);
    Object[] after = persister.getValues(entity);
    Type[] types = persister.getPropertyTypes();
    boolean leftOut = false;
    for (int i = 0; i < after.length; i++) {
      // Identity: a receiver that edits assigns a new value; equals() could load a lazy value.
      if (after[i] == before[i] || types[i].isCollectionType()) {
        continue;
      }
      if (written == null || contains(written, i)) {
        state[i] = after[i];
      } else {
        leftOut = true;
      }
    }
    if (leftOut && session instanceof SessionImplementor stateful) {
      emitter.state(stateful).flushAgain();
    }
  }

  /**
   * The indexes of the attributes whose values differ, leaving out collections (their changes
   * are m2m_changed's) and the version (Hibernate's own increment): an update that changes
   * nothing else writes no row of the model's own, or only its version, and Django sends no
   * save signal for an m2m change.
   */
  private static int[] changed(
      EntityPersister persister,
      Object[] state,
      Object[] old,
      Object entity,
      SharedSessionContractImplementor session) {
    int[] dirty = persister.findDirty(state, old, entity, session);
    if (dirty == null) {
      return new int[0];
    }
    Type[] types = persister.getPropertyTypes();
    int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
    int kept = 0;
    int[] changed = new int[dirty.length];
    for (int index : dirty) {
      if (index != version && !types[index].isCollectionType()) {
        changed[kept++] = index;
      }
    }
    return kept == changed.length ? changed : Arrays.copyOf(changed, kept);
  }

  private static Set<String> names(EntityPersister persister, int[] indexes) {
    if (indexes == null) {
      return null;
    }
    String[] names = persister.getPropertyNames();
    Set<String> set = new LinkedHashSet<>();
    for (int index : indexes) {
      set.add(names[index]);
    }
    return set;
  }

  /** The loaded values of every attribute but the collections, by name. */
  private static Map<String, Object> previous(EntityPersister persister, Object[] old) {
    if (old == null) {
      return Collections.emptyMap();
    }
    String[] names = persister.getPropertyNames();
    Type[] types = persister.getPropertyTypes();
    Map<String, Object> previous = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      if (!types[i].isCollectionType()) {
        previous.put(names[i], old[i]);
      }
    }
    return previous;
  }

  private static boolean contains(int[] indexes, int index) {
    for (int candidate : indexes) {
      if (candidate == index) {
        return true;
      }
    }
    return false;
  }
}
