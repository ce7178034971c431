package io.signals4j.hibernate.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** The root of an entity hierarchy. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Animal extends Named {
  @Id @GeneratedValue private Long id;

  public Long getId() {
    return id;
  }
}
