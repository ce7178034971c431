package io.signals4j.it.modular;

/**
 * The module's signal.
 *
 * @param name who is greeted
 */
public record Greeting(String name) {}
