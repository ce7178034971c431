package io.signals4j;

import io.signals4j.internal.AbstractGeneratedRegistry;
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
 * ShopReceivers}: tables of data read by {@link AbstractGeneratedRegistry}, a string switch and
 * {@code ==} on class literals to find a type, dense ids, no reflection.
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
 *
 * <p>Types: 0 Saved, 1 Deleted (the signals), 2 Event, 3 User (the senders). No route has a
 * straight-line method, so every send goes receiver by receiver through {@link #invoke}.
 */
final class ShopSignals extends AbstractGeneratedRegistry {

  static final String NAME = "io.signals4j.ShopSignals";
  static final ShopSignals REGISTRY = new ShopSignals();

  private ShopSignals() {
    super(NAME);
  }

  @Override
  protected int typeIndex(Class<?> type) {
    switch (type.getName()) {
      case "io.signals4j.Fixtures$Saved":
        return type == Saved.class ? 0 : NO_TYPE;
      case "io.signals4j.Fixtures$Deleted":
        return type == Deleted.class ? 1 : NO_TYPE;
      case "io.signals4j.Fixtures$Event":
        return type == Event.class ? 2 : NO_TYPE;
      case "io.signals4j.Fixtures$User":
        return type == User.class ? 3 : NO_TYPE;
      default:
        return NO_TYPE;
    }
  }

  @Override
  protected Class<?>[] types() {
    return new Class<?>[] {Saved.class, Deleted.class, Event.class, User.class};
  }

  @Override
  protected String[] receiverTable() {
    return new String[] {
      "0 - -10 18:Audit.first(Saved)\n"
          + "0 - 0 23:Audit.everything(Saved)\n"
          + "0 3 0 32:Mailer.onUserSaved(Saved, Class) uid=11:mailer-user\n"
          + "0 2 0 32:Moderation.onEvent(Saved, Class) subclasses\n"
          + "0 - 10 17:Audit.last(Saved)\n"
          + "1 - 0 22:Audit.deleted(Deleted)\n"
    };
  }

  @Override
  protected String[] routeTable() {
    // Saved from User, from Event, from any other sender; Deleted from any sender.
    return new String[] {"0 3\n0 2\n0 -\n1 -\n"};
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
        throw noSuch(NAME, "receiver", receiverId);
    }
  }
}
