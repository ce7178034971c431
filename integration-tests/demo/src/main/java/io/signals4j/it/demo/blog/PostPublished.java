package io.signals4j.it.demo.blog;

import java.util.Objects;

/**
 * The blog's own signal, sent with {@code Post.class} as sender when a post goes public: a
 * custom {@code Signal()} in Django, with its keyword arguments as components.
 *
 * @param postId the post's primary key
 * @param title the post's title
 * @param author the author's username
 */
public record PostPublished(long postId, String title, String author) {

  /**
   * Checks that no component is null.
   *
   * @param postId the post's primary key
   * @param title the post's title
   * @param author the author's username
   */
  public PostPublished {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
  }
}
