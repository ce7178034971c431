package io.signals4j.it.library;

import io.signals4j.Receiver;

/** Static receivers: any sender, one sender, and subclass senders. */
public final class AuditReceivers {

  private AuditReceivers() {}

  /** Hears every save, whatever the sender. */
  @Receiver(signal = Saved.class)
  public static void auditEverySave(Saved<?> event, Class<?> sender) {
    Journal.write("audit: saved " + sender.getSimpleName() + " " + event.instance().id());
  }

  /** Hears two signals, like Django's {@code @receiver([post_save, post_delete], sender=Order)}. */
  @Receiver(signal = Saved.class, sender = Order.class, order = 50)
  @Receiver(signal = Deleted.class, sender = Order.class, order = 50)
  public static void trackOrders(ModelEvent<Order> event, Class<?> sender) {
    Journal.write("audit: order " + event.instance().id() + " " + event.getClass().getSimpleName());
  }

  /** Hears saves of users and of every subclass of User. */
  @Receiver(signal = Saved.class, sender = User.class, includeSubclasses = true, order = -10)
  public static void checkEmail(Saved<? extends User> event) {
    if (!event.instance().email().contains("@")) {
      throw new IllegalArgumentException("not an e-mail address: " + event.instance().email());
    }
    Journal.write("audit: e-mail checked for user " + event.instance().id());
  }
}
