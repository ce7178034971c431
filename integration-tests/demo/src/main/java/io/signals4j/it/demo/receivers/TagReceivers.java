package io.signals4j.it.demo.receivers;

import io.signals4j.Receiver;
import io.signals4j.Supplied;
import io.signals4j.it.demo.Timeline;
import io.signals4j.it.demo.blog.Post;
import io.signals4j.model.M2mChanged;
import java.util.Locale;
import java.util.TreeSet;

/** Tags: keeps track of what posts are tagged with. */
@Supplied
public final class TagReceivers {

  private final Timeline timeline;

  /**
   * Receivers that report on {@code timeline}.
   *
   * @param timeline where the events go
   */
  public TagReceivers(Timeline timeline) {
    this.timeline = timeline;
  }

  /**
   * Reports every change of a post's tags, before and after the join table is written.
   *
   * @param changed the change
   */
  @Receiver(signal = M2mChanged.class, sender = Post.class)
  public void tagsChanged(M2mChanged<Post> changed) {
    String pkSet = changed.pkSet() == null ? "None" : new TreeSet<>(changed.pkSet()).toString();
    timeline.signal(
        "m2m_changed", changed.action().name().toLowerCase(Locale.ROOT) + " "
            + "Post#" + changed.instance().getId() + "." + changed.attribute() + " model="
            + changed.model().getSimpleName() + " pk_set=" + pkSet);
  }
}
