package io.signals4j;

import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.InstanceSource;
import io.signals4j.Fixtures.Saved;
import io.signals4j.ShopReceivers.Billing;

/**
 * A second hand-written registry, needing no supplied instance, for the receivers in {@link
 * Billing}:
 *
 * <pre>
 * 0 Billing.urgent(Saved)  order -20, any sender
 * 1 Billing.charge(Saved)  any sender, uid "billing-charge"
 * </pre>
 */
final class BillingSignals implements GeneratedRegistry {

  static final String NAME = "io.signals4j.BillingSignals";
  static final BillingSignals REGISTRY = new BillingSignals();

  private static final int[] NONE = {};

  private BillingSignals() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<?>[] signalTypes() {
    return new Class<?>[] {Saved.class};
  }

  @Override
  public int signalId(Class<?> signalType) {
    switch (signalType.getName()) {
      case "io.signals4j.Fixtures$Saved":
        return signalType == Saved.class ? 0 : NO_SIGNAL;
      default:
        return NO_SIGNAL;
    }
  }

  @Override
  public int route(int signalId, Class<?> sender) {
    return signalId;
  }

  @Override
  public int[] receivers(int route) {
    return route == 0 ? new int[] {0, 1} : NONE;
  }

  @Override
  public int[] allReceivers(int signalId) {
    return signalId == 0 ? new int[] {0, 1} : NONE;
  }

  @Override
  public int[] subclassReceivers(int signalId) {
    return NONE;
  }

  @Override
  public ReceiverInfo describe(int receiverId) {
    switch (receiverId) {
      case 0:
        return ReceiverInfo.declared("Billing.urgent(Saved)", Saved.class, null, false, -20, null, NAME);
      case 1:
        return ReceiverInfo.declared(
            "Billing.charge(Saved)", Saved.class, null, false, 0, "billing-charge", NAME);
      default:
        throw new IllegalArgumentException("No receiver " + receiverId + " in " + NAME);
    }
  }

  @Override
  public Object[] createInstances(InstanceSource source) {
    return new Object[0];
  }

  @Override
  public Object invoke(int receiverId, Object[] instances, Class<?> sender, Object payload) {
    switch (receiverId) {
      case 0: // Billing.urgent(Saved)
        Billing.urgent((Saved) payload);
        return null;
      case 1: // Billing.charge(Saved)
        Billing.charge((Saved) payload);
        return null;
      default:
        throw new IllegalArgumentException("No receiver " + receiverId + " in " + NAME);
    }
  }
}
