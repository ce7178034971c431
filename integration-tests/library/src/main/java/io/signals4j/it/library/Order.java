package io.signals4j.it.library;

/** An order placed by a user. */
public final class Order extends Model {

  private final long totalCents;

  /** An order with the given id and total. */
  public Order(long id, long totalCents) {
    super(id);
    this.totalCents = totalCents;
  }

  /** The total, in cents. */
  public long totalCents() {
    return totalCents;
  }
}
