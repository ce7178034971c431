package io.signals4j.it.demo.blog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of the blog: Django's {@code auth.User}, as far as the stories need it. */
@Entity
@Table(name = "users")
public class User {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;
  private String email;

  /** For Hibernate. */
  protected User() {}

  /**
   * A new member, not saved yet.
   *
   * @param username the unique name
   * @param email the address mail goes to
   */
  public User(String username, String email) {
    this.username = username;
    this.email = email;
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
   * The unique name.
   *
   * @return the username
   */
  public String getUsername() {
    return username;
  }

  /**
   * The address mail goes to.
   *
   * @return the e-mail address
   */
  public String getEmail() {
    return email;
  }

  /**
   * Changes the address mail goes to.
   *
   * @param email the new address
   */
  public void setEmail(String email) {
    this.email = email;
  }

  @Override
  public String toString() {
    return username;
  }
}
