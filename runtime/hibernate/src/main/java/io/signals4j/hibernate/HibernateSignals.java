package io.signals4j.hibernate;

import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Django's model signals from Hibernate ORM: the one setting that turns them on, and the session
 * a receiver writes through.
 *
 * <p>Set-up is one property of the persistence unit or session factory, naming the application's
 * {@link io.signals4j.Signals}; Hibernate finds the rest of this module by itself:
 *
 * <pre>{@code
 * EntityManagerFactory emf = new PersistenceConfiguration("shop")
 *     .managedClass(User.class)
 *     .property(HibernateSignals.SIGNALS, signals)
 *     .createEntityManagerFactory();
 * }</pre>
 *
 * <p>A persistence unit without the property sends nothing, so that the module can sit on a class
 * path shared with units that do not want signals. See the {@linkplain io.signals4j.hibernate
 * package documentation} for what is sent when.
 */
public final class HibernateSignals {

  /**
   * The property whose value is the {@link io.signals4j.Signals} to send the model signals with:
   * an object, not a string, set through {@code PersistenceConfiguration.property}, the JPA
   * properties map or {@code Configuration.getProperties().put}.
   */
  public static final String SIGNALS = "io.signals4j.hibernate.signals";

  /** The session whose change a model signal is being sent for, per thread; null between sends. */
  private static final ThreadLocal<SharedSessionContractImplementor> SENDING = new ThreadLocal<>();

  private HibernateSignals() {}

  /**
   * The session whose change the model signal being sent on this thread reports: the one to write
   * through from a receiver, so that its writes join the same transaction, as Django's receivers
   * share the connection of the save.
   *
   * <pre>{@code
   * @Receiver(signal = PostSave.class, sender = User.class)
   * static void createBillingProfile(PostSave<User> saved) {
   *   if (saved.created()) HibernateSignals.session().persist(new BillingProfile(saved.instance()));
   * }
   * }</pre>
   *
   * @return the session
   * @throws IllegalStateException outside a model signal's receiver, or when the signal comes from
   *     a {@code StatelessSession}, which is no {@code Session}
   */
  public static Session session() {
    SharedSessionContractImplementor session = SENDING.get();
    if (session == null) {
      throw new IllegalStateException(
          "HibernateSignals.session() is only known inside a receiver of a model signal that"
              + " Hibernate sends");
    }
    if (!(session instanceof Session stateful)) {
      throw new IllegalStateException(
          "The model signal being sent comes from a StatelessSession, which is no Session; write"
              + " through that StatelessSession instead");
    }
    return stateful;
  }

  /** Makes {@code session} the one {@link #session()} returns; returns the one to restore. */
  static SharedSessionContractImplementor enter(SharedSessionContractImplementor session) {
    SharedSessionContractImplementor previous = SENDING.get();
    SENDING.set(session);
    return previous;
  }

  /** Restores what {@link #enter} returned. */
  static void leave(SharedSessionContractImplementor previous) {
    if (previous == null) {
      SENDING.remove();
    } else {
      SENDING.set(previous);
    }
  }
}
