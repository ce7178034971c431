package io.signals4j.it.modular;

import io.signals4j.Receiver;

/** A declared receiver in a named module. */
final class Greeter {
  private Greeter() {}

  @Receiver(signal = Greeting.class)
  static String greet(Greeting greeting) {
    return "hello, " + greeting.name();
  }
}
