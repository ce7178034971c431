package io.signals4j.it.app;

import io.signals4j.Receiver;
import io.signals4j.it.library.Journal;

/**
 * A receiver in the test sources, in the package of the main receivers: the ordinary case of a
 * module's tests declaring their own. The test compilation makes it a registry of its own, {@code
 * SignalsRegistryForTests}, beside the main {@code AppSignals} on the test class path.
 */
final class TestSourceReceivers {

  private TestSourceReceivers() {}

  @Receiver(signal = UserSignedUp.class)
  static void noteSignUp(UserSignedUp event) {
    Journal.write("test sources: signed up " + event.username());
  }
}
