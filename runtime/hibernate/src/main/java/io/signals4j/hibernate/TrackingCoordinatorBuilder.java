package io.signals4j.hibernate;

import java.util.Map;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.resource.jdbc.spi.PhysicalConnectionHandlingMode;
import org.hibernate.resource.transaction.internal.TransactionCoordinatorBuilderInitiator;
import org.hibernate.resource.transaction.spi.DdlTransactionIsolator;
import org.hibernate.resource.transaction.spi.TransactionCoordinator;
import org.hibernate.resource.transaction.spi.TransactionCoordinatorBuilder;
import org.hibernate.resource.transaction.spi.TransactionCoordinatorOwner;
import org.hibernate.service.spi.Configurable;
import org.hibernate.service.spi.ServiceRegistryAwareService;
import org.hibernate.service.spi.ServiceRegistryImplementor;
import org.hibernate.tool.schema.internal.exec.JdbcContext;

/**
 * The transaction coordinator builder Hibernate would use, with an {@link
 * HibernateTransactions.Observer} on every coordinator it builds: the only way to learn that a
 * transaction began, since Hibernate has no event for it.
 */
final class TrackingCoordinatorBuilder
    implements TransactionCoordinatorBuilder, ServiceRegistryAwareService, Configurable {

  private static final long serialVersionUID = 1L;

  private final TransactionCoordinatorBuilder delegate;
  private final transient HibernateTransactions transactions = new HibernateTransactions();

  TrackingCoordinatorBuilder(TransactionCoordinatorBuilder delegate) {
    this.delegate = delegate;
  }

  HibernateTransactions transactions() {
    return transactions;
  }

  @Override
  public TransactionCoordinator buildTransactionCoordinator(
      TransactionCoordinatorOwner owner, Options options) {
    TransactionCoordinator coordinator = delegate.buildTransactionCoordinator(owner, options);
    coordinator.addObserver(transactions.new Observer(coordinator));
    return coordinator;
  }

  @Override
  public boolean isJta() {
    return delegate.isJta();
  }

  @Override
  public PhysicalConnectionHandlingMode getDefaultConnectionHandlingMode() {
    return delegate.getDefaultConnectionHandlingMode();
  }

  @Override
  public DdlTransactionIsolator buildDdlTransactionIsolator(JdbcContext jdbcContext) {
    return delegate.buildDdlTransactionIsolator(jdbcContext);
  }

  // Hibernate configures the service it was given, which is this wrapper, so pass it on.
  @Override
  public void injectServices(ServiceRegistryImplementor serviceRegistry) {
    if (delegate instanceof ServiceRegistryAwareService aware) {
      aware.injectServices(serviceRegistry);
    }
  }

  @Override
  public void configure(Map<String, Object> configurationValues) {
    if (delegate instanceof Configurable configurable) {
      configurable.configure(configurationValues);
    }
  }

  /** Builds the wrapper around Hibernate's own choice, for factories that are given signals. */
  static final class Initiator implements StandardServiceInitiator<TransactionCoordinatorBuilder> {

    @Override
    public Class<TransactionCoordinatorBuilder> getServiceInitiated() {
      return TransactionCoordinatorBuilder.class;
    }

    @Override
    public TransactionCoordinatorBuilder initiateService(
        Map<String, Object> configurationValues, ServiceRegistryImplementor registry) {
      // Hibernate's own initiator keeps its rules for the setting and for the JTA default.
      TransactionCoordinatorBuilder standard =
          TransactionCoordinatorBuilderInitiator.INSTANCE.initiateService(
              configurationValues, registry);
      return configurationValues.get(HibernateSignals.SIGNALS) == null
          ? standard
          : new TrackingCoordinatorBuilder(standard);
    }
  }
}
