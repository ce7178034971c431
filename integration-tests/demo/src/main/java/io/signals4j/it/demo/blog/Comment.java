package io.signals4j.it.demo.blog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A comment on a post, deleted with it. */
@Entity
@Table(name = "comments")
public class Comment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne private Post post;
  @ManyToOne private User author;
  private String text;

  /** For Hibernate. */
  protected Comment() {}

  Comment(Post post, User author, String text) {
    this.post = post;
    this.author = author;
    this.text = text;
  }

  /**
   * The post commented on.
   *
   * @return the post
   */
  public Post getPost() {
    return post;
  }

  /**
   * Who commented.
   *
   * @return the author of the comment
   */
  public User getAuthor() {
    return author;
  }

  /**
   * What they said.
   *
   * @return the text
   */
  public String getText() {
    return text;
  }

  @Override
  public String toString() {
    return "Comment#" + id;
  }
}
