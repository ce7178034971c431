package io.signals4j.hibernate.entities;

import jakarta.persistence.Entity;

/** A subclass entity: saves of a Dog are sent by Dog.class. */
@Entity
public class Dog extends Animal {
  private boolean goodBoy = true;

  public boolean isGoodBoy() {
    return goodBoy;
  }

  public void setGoodBoy(boolean goodBoy) {
    this.goodBoy = goodBoy;
  }
}
