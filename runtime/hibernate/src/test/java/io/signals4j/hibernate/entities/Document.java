package io.signals4j.hibernate.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

/** Versioned, with updates that list only the changed columns. */
@Entity
@DynamicUpdate
public class Document {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @Version private int version;
  private String title;
  private String slug;

  protected Document() {}

  public Document(String title) {
    this.title = title;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
