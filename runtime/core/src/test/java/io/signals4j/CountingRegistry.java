package io.signals4j;

import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.InstanceSource;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a registry and counts how often the runtime asks it to resolve receivers. */
final class CountingRegistry implements GeneratedRegistry {

  private final GeneratedRegistry delegate;
  final AtomicInteger routeCalls = new AtomicInteger();
  final AtomicInteger subclassReceiversCalls = new AtomicInteger();

  CountingRegistry(GeneratedRegistry delegate) {
    this.delegate = delegate;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public Class<?>[] signalTypes() {
    return delegate.signalTypes();
  }

  @Override
  public int signalId(Class<?> signalType) {
    return delegate.signalId(signalType);
  }

  @Override
  public int route(int signalId, Class<?> sender) {
    routeCalls.incrementAndGet();
    return delegate.route(signalId, sender);
  }

  @Override
  public int[] receivers(int route) {
    return delegate.receivers(route);
  }

  @Override
  public boolean firesRoute(int route) {
    return delegate.firesRoute(route);
  }

  @Override
  public void fire(int route, Object[] instances, Class<?> sender, Object payload) {
    delegate.fire(route, instances, sender, payload);
  }

  @Override
  public int[] allReceivers(int signalId) {
    return delegate.allReceivers(signalId);
  }

  @Override
  public int[] subclassReceivers(int signalId) {
    subclassReceiversCalls.incrementAndGet();
    return delegate.subclassReceivers(signalId);
  }

  @Override
  public ReceiverInfo describe(int receiverId) {
    return delegate.describe(receiverId);
  }

  @Override
  public Object[] createInstances(InstanceSource source) {
    return delegate.createInstances(source);
  }

  @Override
  public Object invoke(int receiverId, Object[] instances, Class<?> sender, Object payload)
      throws Exception {
    return delegate.invoke(receiverId, instances, sender, payload);
  }
}
