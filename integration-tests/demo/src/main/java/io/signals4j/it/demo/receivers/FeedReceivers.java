package io.signals4j.it.demo.receivers;

import io.signals4j.Receiver;
import io.signals4j.Supplied;
import io.signals4j.it.demo.Timeline;
import io.signals4j.it.demo.blog.Post;
import io.signals4j.it.demo.blog.PostPublished;

/** The feed: what readers see first. */
@Supplied
public final class FeedReceivers {

  private final Timeline timeline;

  /**
   * Receivers that report on {@code timeline}.
   *
   * @param timeline where the events go
   */
  public FeedReceivers(Timeline timeline) {
    this.timeline = timeline;
  }

  /**
   * Puts a published post at the top of the feed; runs before the search index ({@code order}).
   *
   * @param published the post
   */
  @Receiver(signal = PostPublished.class, sender = Post.class, order = -10)
  public void addToFeed(PostPublished published) {
    timeline.signal(
        "post_published", "feed: \"" + published.title() + "\" by " + published.author()
            + " on top");
  }
}
