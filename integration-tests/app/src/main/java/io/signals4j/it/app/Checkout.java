package io.signals4j.it.app;

/** The part of the shop that places orders: the sender of {@code OrderPlaced}. */
public final class Checkout {

  private Checkout() {}
}
