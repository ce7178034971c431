package io.signals4j.bench.model;

/** The signal with one measured receiver. */
public record One(long value) {}
