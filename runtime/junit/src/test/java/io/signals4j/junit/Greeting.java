package io.signals4j.junit;

/** The payload of the signal these tests send. */
record Greeting(String who) {}
