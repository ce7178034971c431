package io.signals4j.junit;

import io.signals4j.Receiver;

/** A declared receiver, compiled by the processor, as applications write them. */
final class Greeter {

  private Greeter() {}

  @Receiver(signal = Greeting.class, sender = Door.class)
  static String greet(Greeting greeting) {
    if (greeting.who().isEmpty()) {
      throw new IllegalArgumentException("greeting nobody");
    }
    return "hello " + greeting.who();
  }
}
