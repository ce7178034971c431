package io.signals4j;

import io.signals4j.Fixtures.Deleted;
import io.signals4j.Fixtures.Saved;
import java.io.IOException;

/**
 * The receiver classes behind {@link ShopSignals}: what an application would annotate with
 * {@link Receiver}. The annotations are left out because no processor runs on the tests; {@link
 * ShopSignals} is what it would have generated.
 */
final class ShopReceivers {

  private ShopReceivers() {}

  /** Static receivers and one instance receiver on a class the registry constructs itself. */
  static final class Audit {

    // @Receiver(signal = Saved.class, order = -10)
    static void first(Saved saved) throws IOException {
      if (saved.id().equals("io-failure")) {
        throw new IOException("disk full");
      }
      saved.note("Audit.first");
    }

    // @Receiver(signal = Saved.class)
    void everything(Saved saved) {
      saved.note("Audit.everything");
    }

    // @Receiver(signal = Saved.class, order = 10)
    static void last(Saved saved) {
      saved.note("Audit.last");
    }

    // @Receiver(signal = Deleted.class)
    static String deleted(Deleted deleted) {
      return "deleted " + deleted.id();
    }
  }

  /** An instance receiver on a class the application supplies. */
  // @Supplied
  static final class Mailer {
    private final String name;

    Mailer(String name) {
      this.name = name;
    }

    // @Receiver(signal = Saved.class, sender = User.class, dispatchUid = "mailer-user")
    String onUserSaved(Saved saved, Class<?> sender) {
      saved.note("Mailer.onUserSaved by " + name + " from " + sender.getSimpleName());
      return "mailed by " + name;
    }
  }

  /** A receiver that opted into subclass senders. */
  static final class Moderation {

    // @Receiver(signal = Saved.class, sender = Event.class, includeSubclasses = true)
    static void onEvent(Saved saved, Class<?> sender) {
      saved.note("Moderation.onEvent from " + sender.getSimpleName());
    }
  }

  /** The receivers of {@link BillingSignals}. */
  static final class Billing {

    // @Receiver(signal = Saved.class, order = -20)
    static void urgent(Saved saved) {
      saved.note("Billing.urgent");
    }

    // @Receiver(signal = Saved.class, dispatchUid = "billing-charge")
    static void charge(Saved saved) {
      saved.note("Billing.charge");
    }
  }
}
