package io.signals4j.hibernate.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.Set;

/** An assigned id, and the inverse side of Article.tags. */
@Entity
public class Tag {
  @Id private Long id;
  private String name;

  @ManyToMany(mappedBy = "tags")
  private Set<Article> articles = new HashSet<>();

  protected Tag() {}

  public Tag(long id, String name) {
    this.id = id;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Set<Article> getArticles() {
    return articles;
  }

  @Override
  public String toString() {
    return "Tag#" + id;
  }
}
