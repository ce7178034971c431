package io.signals4j.bench.model;

/** The signal with a hundred measured receivers. */
public record Hundred(long value) {}
