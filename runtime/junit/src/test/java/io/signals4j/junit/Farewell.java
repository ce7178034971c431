package io.signals4j.junit;

/** A second signal, for tests of several signals and of sends that receivers make. */
record Farewell(String who) {}
