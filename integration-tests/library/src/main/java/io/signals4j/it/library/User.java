package io.signals4j.it.library;

/** A user account. */
public class User extends Model {

  private final String email;

  /** A user with the given id and e-mail address. */
  public User(long id, String email) {
    super(id);
    this.email = email;
  }

  /** The e-mail address. */
  public String email() {
    return email;
  }
}
