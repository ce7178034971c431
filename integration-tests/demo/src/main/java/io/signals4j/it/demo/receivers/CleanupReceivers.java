package io.signals4j.it.demo.receivers;

import io.signals4j.Receiver;
import io.signals4j.Supplied;
import io.signals4j.it.demo.Timeline;
import io.signals4j.it.demo.blog.Comment;
import io.signals4j.it.demo.blog.Post;
import io.signals4j.model.PostDelete;
import io.signals4j.model.PreDelete;

/** Clean-up: what goes when a post goes. */
@Supplied
public final class CleanupReceivers {

  private final Timeline timeline;

  /**
   * Receivers that report on {@code timeline}.
   *
   * @param timeline where the events go
   */
  public CleanupReceivers(Timeline timeline) {
    this.timeline = timeline;
  }

  /**
   * Reports a post or comment about to be deleted, and the delete that reached it.
   *
   * @param deleting the instance about to go
   */
  @Receiver(signal = PreDelete.class, sender = Post.class)
  @Receiver(signal = PreDelete.class, sender = Comment.class)
  public void beforeDelete(PreDelete<?> deleting) {
    timeline.signal("pre_delete", deleting.instance() + " (origin " + deleting.origin() + ")");
  }

  /**
   * Reports a post or comment deleted, and the delete that reached it.
   *
   * @param deleted the instance gone
   */
  @Receiver(signal = PostDelete.class, sender = Post.class)
  @Receiver(signal = PostDelete.class, sender = Comment.class)
  public void afterDelete(PostDelete<?> deleted) {
    timeline.signal("post_delete", deleted.instance() + " (origin " + deleted.origin() + ")");
  }
}
