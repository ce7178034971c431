package io.signals4j.bench.model;

/** The signal with ten measured receivers. */
public record Ten(long value) {}
