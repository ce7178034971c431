package io.signals4j.bench.model;

/** A subclass sender, reached only by receivers that opted into subclasses of {@link Checkout}. */
public final class ExpressCheckout extends Checkout {}
