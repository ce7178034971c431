package io.signals4j.hibernate.entities;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Owns a many-to-many relation (tags) and a cascaded one-to-many (comments). */
@Entity
public class Article {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  private String title;
  private int views;

  @ManyToMany
  @JoinTable(name = "article_tag")
  private Set<Tag> tags = new HashSet<>();

  /** A bag: a list without an order column, whose join rows Hibernate rewrites on a change. */
  @ManyToMany
  @JoinTable(name = "article_reader")
  private List<User> readers = new ArrayList<>();

  @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Comment> comments = new ArrayList<>();

  protected Article() {}

  public Article(String title) {
    this.title = title;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public int getViews() {
    return views;
  }

  public void setViews(int views) {
    this.views = views;
  }

  public Set<Tag> getTags() {
    return tags;
  }

  public void setTags(Set<Tag> tags) {
    this.tags = tags;
  }

  public List<User> getReaders() {
    return readers;
  }

  public List<Comment> getComments() {
    return comments;
  }

  public Comment comment(String text) {
    Comment comment = new Comment(this, text);
    comments.add(comment);
    return comment;
  }

  @Override
  public String toString() {
    return "Article#" + id;
  }
}
