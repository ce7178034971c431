package io.signals4j.hibernate.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** What a post_save receiver of Author writes: IDENTITY too. */
@Entity
public class AuthorNote {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne private Author author;
  private String text;

  protected AuthorNote() {}

  public AuthorNote(Author author, String text) {
    this.author = author;
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public Author getAuthor() {
    return author;
  }

  public String getText() {
    return text;
  }
}
