package io.signals4j.it.demo.blog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A blog post: it has an author, comments that go when it goes, and tags. */
@Entity
@Table(name = "posts")
public class Post {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne private User author;
  private String title;

  @ManyToMany
  @JoinTable(
      name = "post_tags",
      joinColumns = @JoinColumn(name = "post_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  private Set<Tag> tags = new HashSet<>();

  @OneToMany(mappedBy = "post", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Comment> comments = new ArrayList<>();

  /** For Hibernate. */
  protected Post() {}

  /**
   * A new post, not saved yet.
   *
   * @param author who wrote it
   * @param title its title
   */
  public Post(User author, String title) {
    this.author = author;
    this.title = title;
  }

  /**
   * The primary key.
   *
   * @return null until the row is inserted
   */
  public Long getId() {
    return id;
  }

  /**
   * Who wrote it.
   *
   * @return the author
   */
  public User getAuthor() {
    return author;
  }

  /**
   * Its title.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * Its tags, to add to and remove from: a many-to-many relation.
   *
   * @return the live set
   */
  public Set<Tag> getTags() {
    return tags;
  }

  /**
   * Its comments, deleted with it.
   *
   * @return the live list
   */
  public List<Comment> getComments() {
    return comments;
  }

  /**
   * Adds a comment, saved with the post.
   *
   * @param author who comments
   * @param text what they say
   * @return the new comment
   */
  public Comment comment(User author, String text) {
    Comment comment = new Comment(this, author, text);
    comments.add(comment);
    return comment;
  }

  @Override
  public String toString() {
    return "Post#" + id + " \"" + title + "\"";
  }
}
