package io.signals4j.it.demo.receivers;

import io.signals4j.Receiver;
import io.signals4j.Supplied;
import io.signals4j.it.demo.Timeline;
import io.signals4j.it.demo.blog.Post;
import io.signals4j.model.PostInit;
import io.signals4j.model.PreInit;

/** Loading: posts built from rows. */
@Supplied
public final class LoadReceivers {

  private final Timeline timeline;

  /**
   * Receivers that report on {@code timeline}.
   *
   * @param timeline where the events go
   */
  public LoadReceivers(Timeline timeline) {
    this.timeline = timeline;
  }

  /**
   * Reports a post about to be built from its row, with the values it is about to get.
   *
   * @param init the row's values
   */
  @Receiver(signal = PreInit.class, sender = Post.class)
  public void beforeInit(PreInit<Post> init) {
    timeline.signal(
        "pre_init", "Post id=" + init.id() + " title=\"" + init.values().get("title") + "\"");
  }

  /**
   * Reports a post built from its row.
   *
   * @param init the post
   */
  @Receiver(signal = PostInit.class, sender = Post.class)
  public void afterInit(PostInit<Post> init) {
    timeline.signal("post_init", init.instance() + " by " + init.instance().getAuthor());
  }
}
