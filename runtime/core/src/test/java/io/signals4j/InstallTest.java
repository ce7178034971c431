package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What installing registries checks, and the messages of bad arguments. */
class InstallTest {

  @Test
  void receiverConstructorThatThrowsNamesTheRegistryAndTheClass() {
    IllegalStateException thrown = assertThrows(
        IllegalStateException.class,
        () -> Signals.ready(new SingleReceiverRegistry.WithExplodingReceiver()));

    assertTrue(thrown.getMessage().contains("com.acme.ExplodingSignals"), thrown.getMessage());
    assertTrue(
        thrown.getMessage().contains(SingleReceiverRegistry.Exploding.class.getName()),
        thrown.getMessage());
    assertTrue(thrown.getMessage().contains("no mail server configured"), thrown.getMessage());
    assertInstanceOf(IllegalStateException.class, thrown.getCause());
  }

  @Test
  void twoRegistriesWithOneNameAreAnErrorNamingBoth() {
    IllegalArgumentException thrown = assertThrows(
        IllegalArgumentException.class,
        () -> Signals.ready(
            new SingleReceiverRegistry.Namesake(), new SingleReceiverRegistry.OtherNamesake()));

    assertTrue(thrown.getMessage().contains("com.acme.SignalsRegistry"), thrown.getMessage());
    assertTrue(
        thrown.getMessage().contains(SingleReceiverRegistry.Namesake.class.getName()),
        thrown.getMessage());
    assertTrue(
        thrown.getMessage().contains(SingleReceiverRegistry.OtherNamesake.class.getName()),
        thrown.getMessage());
  }

  @Test
  void theSameRegistryClassTwiceIsInstalledOnce() {
    Signals signals = Signals.ready(
        new SingleReceiverRegistry.Namesake(), new SingleReceiverRegistry.Namesake());
    Saved payload = new Saved();

    signals.signal(Saved.class).send(User.class, payload);

    assertEquals(1, signals.registries().size());
    assertEquals(List.of("noted by com.acme.SignalsRegistry"), payload.log());
  }

  @Test
  void aRegistryTheProcessorDidNotGenerateIsRefused() {
    SignalRegistry handMade = () -> "com.acme.HandMade";
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> Signals.ready(handMade));
    assertTrue(thrown.getMessage().contains("generated"), thrown.getMessage());
  }

  @Test
  void nullArgumentsAreNamed() {
    Signals signals = Signals.ready();
    assertNamed("type", () -> signals.signal(null));
    assertNamed("type", () -> signals.hasListeners(null, User.class));
    assertNamed("type", () -> signals.mute((Class<?>) null));
    assertNamed("type", () -> signals.mute(null, User.class));
    assertNamed("registry", () -> Signals.ready((SignalRegistry) null));
    assertNamed("receiver", () -> signals.signal(Saved.class).connect(null));
    assertNamed("options", () -> signals.signal(Saved.class).connect((p, s) -> { }, null));
    assertNamed("hook", () -> signals.addTransactionHook(null));
    assertNamed("observer", () -> signals.addSendObserver(null));
  }

  private static void assertNamed(String parameter, org.junit.jupiter.api.function.Executable call) {
    NullPointerException thrown = assertThrows(NullPointerException.class, call);
    assertEquals(parameter, thrown.getMessage());
  }
}
