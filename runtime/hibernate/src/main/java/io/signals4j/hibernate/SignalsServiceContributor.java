package io.signals4j.hibernate;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Lets signals4j see when Hibernate transactions begin and end, for receivers that wait for a
 * commit: Hibernate finds it through {@code META-INF/services} while it builds a service
 * registry. Applications do not use it directly.
 *
 * <p>It contributes the transaction coordinator builder that Hibernate would have chosen, wrapped
 * so that each transaction is tracked, and only to registries whose settings carry {@link
 * HibernateSignals#SIGNALS}.
 */
public final class SignalsServiceContributor implements ServiceContributor {

  /** Called by Hibernate's service loading. */
  public SignalsServiceContributor() {}

  @Override
  public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
    serviceRegistryBuilder.addInitiator(new TrackingCoordinatorBuilder.Initiator());
  }
}
