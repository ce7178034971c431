package io.signals4j.it.demo.receivers;

import io.signals4j.Receiver;
import io.signals4j.Supplied;
import io.signals4j.it.demo.Timeline;
import io.signals4j.it.demo.blog.User;
import io.signals4j.model.PreSave;

/** Audit: changes to members' contact details. */
@Supplied
public final class AuditReceivers {

  private final Timeline timeline;

  /**
   * Receivers that report on {@code timeline}.
   *
   * @param timeline where the events go
   */
  public AuditReceivers(Timeline timeline) {
    this.timeline = timeline;
  }

  /**
   * Writes an audit line when a user's e-mail address changes. Django's {@code pre_save} receiver
   * would query the old row ({@code User.objects.get(pk=instance.pk)}); here the previous value
   * comes with the signal, from the state Hibernate loaded, with no query.
   *
   * @param saving the user's save, before the row is written
   */
  @Receiver(signal = PreSave.class, sender = User.class)
  public void auditEmailChange(PreSave<User> saving) {
    if (saving.changed().contains("email")) {
      timeline.signal(
          "pre_save", "audit: " + saving.instance() + " changed e-mail "
              + saving.previous("email") + " -> " + saving.instance().getEmail());
    }
  }
}
