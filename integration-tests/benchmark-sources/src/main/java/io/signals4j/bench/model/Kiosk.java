package io.signals4j.bench.model;

/** The sender that receivers connected at run time listen to. */
public final class Kiosk {}
