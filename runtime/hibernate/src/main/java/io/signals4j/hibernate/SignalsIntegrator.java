package io.signals4j.hibernate;

import io.signals4j.Signals;
import io.signals4j.model.ClassPrepared;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.resource.transaction.spi.TransactionCoordinatorBuilder;

/**
 * Connects a session factory that is given {@link HibernateSignals#SIGNALS} to those signals:
 * Hibernate finds it through {@code META-INF/services}, for JPA and native bootstrap alike, and
 * calls it while it builds each factory. Applications do not use it directly.
 *
 * <p>A factory without the property is left alone. One whose property is not a {@link Signals}
 * fails to start, naming the property and what it holds.
 */
public final class SignalsIntegrator implements Integrator {

  /** Called by Hibernate's service loading. */
  public SignalsIntegrator() {}

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    Object value = sessionFactory.getProperties().get(HibernateSignals.SIGNALS);
    if (value == null) {
      return;
    }
    if (!(value instanceof Signals signals)) {
      throw new IllegalArgumentException(
          "Property "
              + HibernateSignals.SIGNALS
              + " must hold the io.signals4j.Signals to send model signals with, but holds a "
              + value.getClass().getName()
              + ": "
              + value);
    }
    String using = sessionFactory.getName() == null ? "default" : sessionFactory.getName();
    Emitter emitter = new Emitter(signals, using);
    listen(sessionFactory.getEventListenerRegistry(), emitter);
    HibernateTransactions hook = transactions(sessionFactory);
    signals.addTransactionHook(hook);
    List<Class<?>> models = models(metadata);
    sessionFactory.addObserver(
        new SessionFactoryObserver() {
          private static final long serialVersionUID = 1L;

          @Override
          public void sessionFactoryCreated(SessionFactory factory) {
            for (Class<?> model : models) {
              emitter.classPrepared.send(model, classPrepared(model, using));
            }
          }

          @Override
          public void sessionFactoryClosed(SessionFactory factory) {
            // Its transactions are over: sends stop asking about them.
            signals.removeTransactionHook(hook);
          }
        });
  }

  private static void listen(EventListenerRegistry registry, Emitter emitter) {
    SaveListener saves = new SaveListener(emitter);
    registry.appendListeners(EventType.PRE_INSERT, saves);
    registry.appendListeners(EventType.POST_INSERT, saves);
    registry.appendListeners(EventType.PRE_UPDATE, saves);
    registry.appendListeners(EventType.POST_UPDATE, saves);
    DeleteListener deletes = new DeleteListener(emitter);
    registry.appendListeners(EventType.DELETE, deletes);
    registry.appendListeners(EventType.PRE_DELETE, deletes);
    registry.appendListeners(EventType.POST_DELETE, deletes);
    InitListener inits = new InitListener(emitter);
    registry.appendListeners(EventType.PRE_LOAD, inits);
    registry.appendListeners(EventType.POST_LOAD, inits);
    M2mListener m2m = new M2mListener(emitter);
    registry.appendListeners(EventType.PRE_COLLECTION_RECREATE, m2m);
    registry.appendListeners(EventType.POST_COLLECTION_RECREATE, m2m);
    registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, m2m);
    registry.appendListeners(EventType.POST_COLLECTION_UPDATE, m2m);
    registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, m2m);
    registry.appendListeners(EventType.POST_COLLECTION_REMOVE, m2m);
    // After Hibernate's own listeners, so that they run once its work is done.
    SafePointListener safePoints = new SafePointListener(emitter);
    registry.appendListeners(EventType.PERSIST, safePoints);
    registry.appendListeners(EventType.MERGE, safePoints);
    registry.appendListeners(EventType.FLUSH, safePoints);
    registry.appendListeners(EventType.AUTO_FLUSH, safePoints);
  }

  private static HibernateTransactions transactions(SessionFactoryImplementor sessionFactory) {
    TransactionCoordinatorBuilder builder =
        sessionFactory.getServiceRegistry().requireService(TransactionCoordinatorBuilder.class);
    if (builder instanceof TrackingCoordinatorBuilder tracking) {
      return tracking.transactions();
    }
    throw new IllegalStateException(
        "signals4j cannot see the transactions of session factory "
            + sessionFactory.getName()
            + ": its TransactionCoordinatorBuilder is "
            + builder.getClass().getName()
            + ", not the one signals4j contributes. Pass "
            + HibernateSignals.SIGNALS
            + " with the settings the service registry is built from (the persistence unit's"
            + " properties, or StandardServiceRegistryBuilder.applySetting), and do not replace"
            + " the TransactionCoordinatorBuilder service");
  }

  /** The entity classes of the unit, by entity name, so that the order does not vary. */
  private static List<Class<?>> models(Metadata metadata) {
    List<PersistentClass> bindings = new ArrayList<>(metadata.getEntityBindings());
    bindings.sort(Comparator.comparing(PersistentClass::getEntityName));
    List<Class<?>> models = new ArrayList<>(bindings.size());
    for (PersistentClass binding : bindings) {
      Class<?> model = binding.getMappedClass();
      if (model != null && !Map.class.isAssignableFrom(model)) {
        models.add(model);
      }
    }
    return models;
  }

  private static <M> ClassPrepared<M> classPrepared(Class<M> model, String using) {
    return new ClassPrepared<>(model, using);
  }
}
