package io.signals4j.it.demo.blog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tag that posts carry; the default ones are created by a {@code post_migrate} receiver. */
@Entity
@Table(name = "tags")
public class Tag {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  /** For Hibernate. */
  protected Tag() {}

  /**
   * The primary key.
   *
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * The tag's name.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  @Override
  public String toString() {
    return "#" + name;
  }
}
