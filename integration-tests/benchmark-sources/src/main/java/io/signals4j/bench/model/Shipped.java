package io.signals4j.bench.model;

/** The signal whose one receiver hears subclass senders. */
public record Shipped(long value) {}
