package io.signals4j.hibernate.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A child of Article, deleted by its cascade. */
@Entity
public class Comment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @ManyToOne private Article article;
  private String text;

  protected Comment() {}

  Comment(Article article, String text) {
    this.article = article;
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public Article getArticle() {
    return article;
  }

  public String getText() {
    return text;
  }

  @Override
  public String toString() {
    return "Comment#" + id;
  }
}
