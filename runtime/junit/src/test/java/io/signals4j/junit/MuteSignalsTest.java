package io.signals4j.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.signals4j.Signals;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link MuteSignals} on classes and methods, run on the real Jupiter engine. */
class MuteSignalsTest {

  @Test
  void classAnnotationMutesTheSignalInEveryTestWhoseSendsAreStillRecorded() {
    EngineRuns.passes(MutedClass.class, 2);
  }

  @MuteSignals(Greeting.class)
  static class MutedClass {
    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.installing(JunitTestSignals.REGISTRY);

    @Test
    void first(Signals signals, RecordedSignals recorded) {
      assertMuted(signals, recorded);
    }

    @Test
    void second(Signals signals, RecordedSignals recorded) {
      assertMuted(signals, recorded);
    }

    private static void assertMuted(Signals signals, RecordedSignals recorded) {
      assertEquals(List.of(), signals.signal(Greeting.class).send(Door.class, new Greeting("ada")));
      assertEquals(List.of(new Greeting("ada")), recorded.payloads(Greeting.class));
      assertEquals(List.of(), recorded.all().get(0).reached());
    }
  }

  @Test
  void methodAnnotationWithoutSignalsMutesEverySignal() {
    EngineRuns.passes(MutedMethod.class, 2);
  }

  static class MutedMethod {
    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.installing(JunitTestSignals.REGISTRY);

    @Test
    @MuteSignals
    void muted(Signals signals) {
      signals.signal(Farewell.class).connect((farewell, sender) -> {
        fail("a muted receiver ran");
      });
      assertFalse(signals.hasListeners(Greeting.class, Door.class));
      signals.signal(Greeting.class).send(Door.class, new Greeting("bob"));
      signals.signal(Farewell.class).send(Door.class, new Farewell("bob"));
    }

    @Test
    void notMuted(Signals signals) {
      assertTrue(signals.hasListeners(Greeting.class, Door.class));
    }
  }

  @Test
  void sendersLimitTheMutingToTheirSends() {
    EngineRuns.passes(MutedSender.class, 1);
  }

  static class MutedSender {
    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.installing(JunitTestSignals.REGISTRY);

    @Test
    @MuteSignals(value = Greeting.class, senders = Door.class)
    void onlyTheDoorIsMuted(Signals signals, RecordedSignals recorded) {
      signals.signal(Greeting.class).connect((greeting, sender) -> {});
      signals.signal(Greeting.class).send(Door.class, new Greeting("cyd"));
      signals.signal(Greeting.class).send(null, new Greeting("dee"));

      assertEquals(List.of(), recorded.sent(Greeting.class, Door.class).get(0).reached());
      assertEquals(1, recorded.sent(Greeting.class, null).get(0).reached().size());
    }
  }

  @Test
  void mutingsCloseAfterTheTestEvenWhenItFails() {
    MutedApplication.application = Signals.ready(JunitTestSignals.REGISTRY);

    List<Throwable> failures = EngineRuns.failures(EngineRuns.run(MutedApplication.class));

    assertEquals(1, failures.size());
    assertEquals("the test fails while muted", failures.get(0).getMessage());
    assertEquals(
        1,
        MutedApplication.application.signal(Greeting.class)
            .send(Door.class, new Greeting("eve")).size(),
        "the application's receiver hears the signal again");
  }

  static class MutedApplication {
    static Signals application;

    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.wrapping(() -> application);

    @Test
    @MuteSignals(Greeting.class)
    void failsWhileMuted() {
      assertFalse(application.hasListeners(Greeting.class, Door.class));
      fail("the test fails while muted");
    }
  }

  @Test
  void sendersWithoutSignalsFailTheTestSayingHowToFixIt() {
    List<Throwable> failures = EngineRuns.failures(EngineRuns.run(SendersWithoutSignals.class));

    assertEquals(1, failures.size());
    assertInstanceOf(ExtensionConfigurationException.class, failures.get(0));
    assertTrue(
        failures.get(0).getMessage().contains("SendersWithoutSignals.neverRuns"),
        failures.get(0).getMessage());
  }

  static class SendersWithoutSignals {
    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.installing(JunitTestSignals.REGISTRY);

    @Test
    @MuteSignals(senders = Door.class)
    void neverRuns() {}
  }

  @Test
  void enclosingClassAnnotationMutesItsNestedTests() {
    EngineRuns.passes(MutedEnclosing.class, 1);
  }

  @MuteSignals(Greeting.class)
  static class MutedEnclosing {
    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.installing(JunitTestSignals.REGISTRY);

    @Nested
    class Inner {
      @Test
      void muted(Signals signals) {
        assertFalse(signals.hasListeners(Greeting.class, Door.class));
      }
    }
  }
}
