package io.signals4j.it.demo.receivers;

import io.signals4j.Receiver;
import io.signals4j.Supplied;
import io.signals4j.hibernate.HibernateSignals;
import io.signals4j.it.demo.Timeline;
import io.signals4j.it.demo.blog.BillingProfile;
import io.signals4j.it.demo.blog.User;
import io.signals4j.model.PostSave;

/** Billing: every new member gets a profile, in the transaction that creates the member. */
@Supplied
public final class BillingReceivers {

  /** The plan a new member starts on. */
  public static final String STARTING_PLAN = "free";

  private final Timeline timeline;

  /**
   * Receivers that report on {@code timeline}.
   *
   * @param timeline where the events go
   */
  public BillingReceivers(Timeline timeline) {
    this.timeline = timeline;
  }

  /**
   * Creates the billing profile of a new user through the session that saved the user, so that
   * the profile commits or rolls back with it: the first story of every Django signals tutorial.
   *
   * @param saved the user's save
   */
  @Receiver(signal = PostSave.class, sender = User.class, dispatchUid = "billing-profile")
  public void createBillingProfile(PostSave<User> saved) {
    if (!saved.created()) {
      return;
    }
    User user = saved.instance();
    HibernateSignals.session().persist(new BillingProfile(user, STARTING_PLAN));
    timeline.signal(
        "post_save", "User " + user + " created=true: billing profile \"" + STARTING_PLAN
            + "\" created in the same transaction");
  }
}
