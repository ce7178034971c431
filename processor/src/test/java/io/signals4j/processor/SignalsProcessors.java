package io.signals4j.processor;

import java.util.List;
import javax.annotation.processing.Processor;

/** The processors that the processor jar registers, as javac would discover them. */
final class SignalsProcessors {

  private SignalsProcessors() {}

  static List<Processor> all() {
    return List.of(new SignalsProcessor(), new LocalReceiverProcessor());
  }
}
