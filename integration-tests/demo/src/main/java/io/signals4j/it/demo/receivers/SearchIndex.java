package io.signals4j.it.demo.receivers;

import io.signals4j.Receiver;
import io.signals4j.Supplied;
import io.signals4j.it.demo.Timeline;
import io.signals4j.it.demo.blog.Post;
import io.signals4j.it.demo.blog.PostPublished;

/**
 * The blog's search index, an outside service that can be down: its receiver indexes published
 * posts, and fails while the service is unavailable.
 */
@Supplied
public final class SearchIndex {

  private final Timeline timeline;
  private volatile boolean available = true;

  /**
   * An index that reports on {@code timeline}.
   *
   * @param timeline where the events go
   */
  public SearchIndex(Timeline timeline) {
    this.timeline = timeline;
  }

  /**
   * Makes the service unavailable, or available again.
   *
   * @param available whether it answers
   */
  public void setAvailable(boolean available) {
    this.available = available;
  }

  /**
   * Indexes a post as it is published.
   *
   * @param published the post
   * @throws IllegalStateException while the service is unavailable
   */
  @Receiver(signal = PostPublished.class, sender = Post.class)
  public void index(PostPublished published) {
    if (!available) {
      throw new IllegalStateException("search service unavailable");
    }
    timeline.signal("post_published", "search index: \"" + published.title() + "\" indexed");
  }
}
