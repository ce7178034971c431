package io.signals4j.bench.model;

/** A sender that no receiver listens to. */
public final class Nobody {}
