package io.signals4j.hibernate;

import io.signals4j.model.PostInit;
import io.signals4j.model.PreInit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.event.spi.PreLoadEvent;
import org.hibernate.event.spi.PreLoadEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * pre_init and post_init for each instance Hibernate builds from a row. Hibernate reuses its load
 * events from row to row, so payloads copy what they need.
 */
final class InitListener implements PreLoadEventListener, PostLoadEventListener {

  private final Emitter emitter;

  InitListener(Emitter emitter) {
    this.emitter = emitter;
  }

  @Override
  public void onPreLoad(PreLoadEvent event) {
    EntityPersister persister = event.getPersister();
    Class<?> model = persister.getMappedClass();
    if (emitter.preInit.hasListeners(model)) {
      emitter.sendInside(
          event.getSession(),
          emitter.preInit,
          model,
          preInit(model, event.getId(), values(persister, event.getState())));
    }
  }

  @Override
  public void onPostLoad(PostLoadEvent event) {
    Class<?> model = event.getPersister().getMappedClass();
    if (emitter.postInit.hasListeners(model)) {
      emitter.sendInside(
          event.getSession(), emitter.postInit, model, new PostInit<>(event.getEntity(), emitter.using));
    }
  }

  private <M> PreInit<M> preInit(Class<M> model, Object id, Map<String, Object> values) {
    return new PreInit<>(model, id, values, emitter.using);
  }

  private static Map<String, Object> values(EntityPersister persister, Object[] state) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (state != null) {
      String[] names = persister.getPropertyNames();
      for (int i = 0; i < names.length && i < state.length; i++) {
        values.put(names[i], state[i]);
      }
    }
    return values;
  }
}
