package io.signals4j.it.demo.receivers;

import io.signals4j.Phase;
import io.signals4j.Receiver;
import io.signals4j.Supplied;
import io.signals4j.it.demo.Outbox;
import io.signals4j.it.demo.Timeline;
import io.signals4j.it.demo.blog.User;
import io.signals4j.model.PostSave;

/**
 * Mail: the welcome mail of a new member, which must go out only once the member really exists,
 * that is after the transaction commits.
 */
@Supplied
public final class MailReceivers {

  private final Timeline timeline;
  private final Outbox outbox;

  /**
   * Receivers that send through {@code outbox} and report on {@code timeline}.
   *
   * @param timeline where the events go
   * @param outbox where the mail goes
   */
  public MailReceivers(Timeline timeline, Outbox outbox) {
    this.timeline = timeline;
    this.outbox = outbox;
  }

  /**
   * Sends the welcome mail of a user just created, once the transaction that created the user has
   * committed: Django's {@code transaction.on_commit(...)} called from a {@code post_save}
   * receiver, declared instead of wrapped around the body. A rolled-back sign-up sends no mail.
   *
   * @param saved the user's save, whose transaction has committed
   */
  @Receiver(signal = PostSave.class, sender = User.class, phase = Phase.AFTER_COMMIT)
  public void sendWelcomeMail(PostSave<User> saved) {
    if (!saved.created()) {
      return;
    }
    User user = saved.instance();
    outbox.send(user.getEmail(), "Welcome to the blog, " + user.getUsername() + "!");
    timeline.signal("post_save", "after commit: welcome mail sent to " + user.getEmail());
  }
}
