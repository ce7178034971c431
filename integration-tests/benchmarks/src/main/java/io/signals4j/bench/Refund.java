package io.signals4j.bench;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entity of the same unit that {@link HibernateFlushBenchmark} never saves: a receiver of its
 * post_save is one a flush of purchases must not pay for.
 */
@Entity
@Table(name = "refund")
public class Refund {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  private long cents;

  protected Refund() {}
}
