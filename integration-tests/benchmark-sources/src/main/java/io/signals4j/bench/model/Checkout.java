package io.signals4j.bench.model;

/** The sender of the measured sends; not final, so that a subclass can send too. */
public class Checkout {}
