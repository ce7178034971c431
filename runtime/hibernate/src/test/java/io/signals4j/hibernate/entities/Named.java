package io.signals4j.hibernate.entities;

import jakarta.persistence.MappedSuperclass;

/** A mapped superclass: its attributes are mapped, but it is no entity and never a sender. */
@MappedSuperclass
public abstract class Named {
  private String name;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
