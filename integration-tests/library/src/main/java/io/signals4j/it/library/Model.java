package io.signals4j.it.library;

/** A persistent object with an id. */
public abstract class Model {

  private final long id;

  protected Model(long id) {
    this.id = id;
  }

  /** The id. */
  public long id() {
    return id;
  }
}
