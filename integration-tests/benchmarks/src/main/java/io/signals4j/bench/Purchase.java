package io.signals4j.bench;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The entity {@link HibernateFlushBenchmark} persists: a SEQUENCE id, so that inserts batch. */
@Entity
@Table(name = "purchase")
public class Purchase {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  private String customer;
  private int quantity;

  protected Purchase() {}

  Purchase(String customer, int quantity) {
    this.customer = customer;
    this.quantity = quantity;
  }

  int quantity() {
    return quantity;
  }
}
