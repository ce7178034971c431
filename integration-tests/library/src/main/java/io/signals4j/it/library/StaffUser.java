package io.signals4j.it.library;

/** A user who works here: a subclass sender. */
public final class StaffUser extends User {

  /** A staff user with the given id and e-mail address. */
  public StaffUser(long id, String email) {
    super(id, email);
  }
}
