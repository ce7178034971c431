package io.signals4j.it.demo.receivers;

import io.signals4j.Receiver;
import io.signals4j.Supplied;
import io.signals4j.it.demo.Timeline;
import io.signals4j.it.demo.blog.Comment;
import io.signals4j.it.demo.blog.User;
import io.signals4j.model.PostSave;

/** Notifications: authors hear about comments on their posts. */
@Supplied
public final class NotificationReceivers {

  private final Timeline timeline;

  /**
   * Receivers that report on {@code timeline}.
   *
   * @param timeline where the events go
   */
  public NotificationReceivers(Timeline timeline) {
    this.timeline = timeline;
  }

  /**
   * Tells a post's author about a new comment by someone else. It hears only saves of {@link
   * Comment}: Django's {@code sender=Comment}, so saving a user or a post never reaches it.
   *
   * @param saved the comment's save
   */
  @Receiver(signal = PostSave.class, sender = Comment.class)
  public void notifyPostAuthor(PostSave<Comment> saved) {
    Comment comment = saved.instance();
    User author = comment.getPost().getAuthor();
    if (saved.created() && !author.equals(comment.getAuthor())) {
      timeline.signal(
          "post_save", "Comment by " + comment.getAuthor() + ": " + author + " notified of a"
              + " comment on " + comment.getPost());
    }
  }
}
