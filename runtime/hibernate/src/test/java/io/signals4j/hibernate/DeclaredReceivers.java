package io.signals4j.hibernate;

import io.signals4j.Receiver;
import io.signals4j.SignalsApp;
import io.signals4j.hibernate.entities.BillingProfile;
import io.signals4j.hibernate.entities.User;
import io.signals4j.model.PostSave;

/** The Django story as an application writes it: a declared receiver, checked when it compiles. */
@SignalsApp(registry = "StorySignals")
final class DeclaredReceivers {

  private DeclaredReceivers() {}

  @Receiver(signal = PostSave.class, sender = User.class)
  static void createBillingProfile(PostSave<User> saved) {
    if (saved.created()) {
      HibernateSignals.session().persist(new BillingProfile(saved.instance(), "free"));
    }
  }
}
