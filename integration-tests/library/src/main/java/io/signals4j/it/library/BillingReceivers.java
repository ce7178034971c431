package io.signals4j.it.library;

import io.signals4j.Receiver;

/** A constructible class with instance receivers: the registry creates it with {@code new}. */
public final class BillingReceivers {

  private int profilesCreated;

  /** Creates the billing profile of a new user (exactly User: staff users get none). */
  @Receiver(signal = Saved.class, sender = User.class, dispatchUid = "billing-profile")
  public String createBillingProfile(Saved<User> event) {
    if (!event.created()) {
      return "unchanged";
    }
    profilesCreated++;
    Journal.write("billing: profile #" + profilesCreated + " for user " + event.instance().id());
    return "profile-" + event.instance().id();
  }
}
