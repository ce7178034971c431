package io.signals4j;

import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.InstanceSource;
import io.signals4j.Fixtures.Deleted;
import io.signals4j.Fixtures.Event;
import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import io.signals4j.ShopReceivers.Audit;
import io.signals4j.ShopReceivers.Mailer;
import io.signals4j.ShopReceivers.Moderation;

/**
 * A registry written by hand in the shape the processor generates, for the receivers in {@link
 * ShopReceivers}: dense ids, switches, {@code ==} on class literals, no reflection.
 *
 * <p>Receivers, ids in dispatch order (order, then class, then method):
 *
 * <pre>
 * 0 Audit.first(Saved)               order -10, any sender, static
 * 1 Audit.everything(Saved)          any sender, on a constructed Audit (slot 0)
 * 2 Mailer.onUserSaved(Saved, Class) sender User, uid "mailer-user", on a supplied Mailer (slot 1)
 * 3 Moderation.onEvent(Saved, Class) sender Event and its subclasses, static
 * 4 Audit.last(Saved)                order 10, any sender, static
 * 5 Audit.deleted(Deleted)           any sender, static, returns a value
 * </pre>
 */
final class ShopSignals implements GeneratedRegistry {

  static final String NAME = "io.signals4j.ShopSignals";
  static final ShopSignals REGISTRY = new ShopSignals();

  private static final int[] NONE = {};

  private ShopSignals() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<?>[] signalTypes() {
    return new Class<?>[] {Saved.class, Deleted.class};
  }

  @Override
  public int signalId(Class<?> signalType) {
    switch (signalType.getName()) {
      case "io.signals4j.Fixtures$Saved":
        return signalType == Saved.class ? 0 : NO_SIGNAL;
      case "io.signals4j.Fixtures$Deleted":
        return signalType == Deleted.class ? 1 : NO_SIGNAL;
      default:
        return NO_SIGNAL;
    }
  }

  @Override
  public int route(int signalId, Class<?> sender) {
    switch (signalId) {
      case 0: // Saved
        if (sender == User.class) {
          return 0;
        }
        if (sender == Event.class) {
          return 1;
        }
        return 2;
      case 1: // Deleted
        return 3;
      default:
        throw new IllegalArgumentException("No signal " + signalId + " in " + NAME);
    }
  }

  @Override
  public int[] receivers(int route) {
    switch (route) {
      case 0: // Saved from User
        return new int[] {0, 1, 2, 4};
      case 1: // Saved from Event
        return new int[] {0, 1, 3, 4};
      case 2: // Saved from any sender
        return new int[] {0, 1, 4};
      case 3: // Deleted from any sender
        return new int[] {5};
      default:
        return NONE;
    }
  }

  @Override
  public int[] allReceivers(int signalId) {
    switch (signalId) {
      case 0:
        return new int[] {0, 1, 2, 3, 4};
      case 1:
        return new int[] {5};
      default:
        return NONE;
    }
  }

  @Override
  public int[] subclassReceivers(int signalId) {
    switch (signalId) {
      case 0:
        return new int[] {3};
      default:
        return NONE;
    }
  }

  @Override
  public ReceiverInfo describe(int receiverId) {
    switch (receiverId) {
      case 0:
        return ReceiverInfo.declared("Audit.first(Saved)", Saved.class, null, false, -10, null, NAME);
      case 1:
        return ReceiverInfo.declared("Audit.everything(Saved)", Saved.class, null, false, 0, null, NAME);
      case 2:
        return ReceiverInfo.declared(
            "Mailer.onUserSaved(Saved, Class)", Saved.class, User.class, false, 0, "mailer-user", NAME);
      case 3:
        return ReceiverInfo.declared(
            "Moderation.onEvent(Saved, Class)", Saved.class, Event.class, true, 0, null, NAME);
      case 4:
        return ReceiverInfo.declared("Audit.last(Saved)", Saved.class, null, false, 10, null, NAME);
      case 5:
        return ReceiverInfo.declared("Audit.deleted(Deleted)", Deleted.class, null, false, 0, null, NAME);
      default:
        throw new IllegalArgumentException("No receiver " + receiverId + " in " + NAME);
    }
  }

  @Override
  public Object[] createInstances(InstanceSource source) {
    Object[] instances = new Object[2];
    instances[0] = new Audit();
    instances[1] = source.require(Mailer.class, "Mailer.onUserSaved(Saved, Class)");
    return instances;
  }

  @Override
  public Object invoke(int receiverId, Object[] instances, Class<?> sender, Object payload)
      throws Exception {
    switch (receiverId) {
      case 0: // Audit.first(Saved)
        Audit.first((Saved) payload);
        return null;
      case 1: // Audit.everything(Saved)
        ((Audit) instances[0]).everything((Saved) payload);
        return null;
      case 2: // Mailer.onUserSaved(Saved, Class)
        return ((Mailer) instances[1]).onUserSaved((Saved) payload, sender);
      case 3: // Moderation.onEvent(Saved, Class)
        Moderation.onEvent((Saved) payload, sender);
        return null;
      case 4: // Audit.last(Saved)
        Audit.last((Saved) payload);
        return null;
      case 5: // Audit.deleted(Deleted)
        return Audit.deleted((Deleted) payload);
      default:
        throw new IllegalArgumentException("No receiver " + receiverId + " in " + NAME);
    }
  }
}
