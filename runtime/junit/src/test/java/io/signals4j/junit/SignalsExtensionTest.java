package io.signals4j.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.ReceiverException;
import io.signals4j.Signal;
import io.signals4j.Signals;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The extension's recording, fresh signals and parameters, checked by running test classes that
 * use it on the real Jupiter engine. The classes nested here are those tests; the build does not
 * run them on their own.
 */
class SignalsExtensionTest {

  @Test
  void everySendIsRecordedWithSignalSenderPayloadAndReceiversReached() {
    EngineRuns.passes(Recording.class, 3);
  }

  static class Recording {
    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.installing(JunitTestSignals.REGISTRY);

    @Test
    void declaredReceiver(Signals signals, RecordedSignals recorded) {
      signals.signal(Greeting.class).send(Door.class, new Greeting("ada"));
      signals.signal(Greeting.class).send(null, new Greeting("nobody at the door"));

      assertEquals(2, recorded.all().size());
      RecordedSend send = recorded.sent(Greeting.class, Door.class).get(0);
      assertEquals(Greeting.class, send.signal());
      assertEquals(Door.class, send.sender());
      assertEquals(new Greeting("ada"), send.payload());
      assertEquals(List.of("Greeter.greet(Greeting)"), send.reachedNames());
      assertNull(send.failure());
      List<Greeting> withoutSender = recorded.payloads(Greeting.class, null);
      assertEquals(List.of(new Greeting("nobody at the door")), withoutSender);
      assertEquals(List.of(), recorded.sent(Greeting.class, null).get(0).reached());
    }

    @Test
    void failedSendIsRecordedWithItsFailure(Signals signals, RecordedSignals recorded) {
      assertThrows(
          ReceiverException.class,
          () -> signals.signal(Greeting.class).send(Door.class, new Greeting("")));

      RecordedSend send = recorded.sent(Greeting.class).get(0);
      assertInstanceOf(ReceiverException.class, send.failure());
      assertEquals(List.of("Greeter.greet(Greeting)"), send.reachedNames(), "the failing one last");
    }

    @Test
    void clearForgetsEarlierSends(Signals signals, RecordedSignals recorded) {
      signals.signal(Greeting.class).send(Door.class, new Greeting("bob"));
      recorded.clear();
      signals.signal(Greeting.class).send(Door.class, new Greeting("cyd"));

      assertEquals(List.of(new Greeting("cyd")), recorded.payloads(Greeting.class));
    }
  }

  @Test
  void eachTestGetsAFreshSignalsThatItsBeforeEachMethodsShare() {
    EngineRuns.passes(FreshSignals.class, 2);
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class FreshSignals {
    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.installing(JunitTestSignals.REGISTRY);

    static final List<Signals> SEEN = new CopyOnWriteArrayList<>();
    private Signals fromBeforeEach;

    @BeforeEach
    void connectInBeforeEach(Signals signals) {
      fromBeforeEach = signals;
    }

    @Test
    @Order(1)
    void connectsAReceiver(Signals signals) {
      assertTrue(fromBeforeEach == signals, "@BeforeEach got the test's own Signals");
      SEEN.add(signals);
      signals.signal(Greeting.class).connect((greeting, sender) -> {
        throw new AssertionError("a receiver of the previous test ran");
      });
    }

    @Test
    @Order(2)
    void doesNotHearThePreviousTestsReceiver(Signals signals, RecordedSignals recorded) {
      SEEN.add(signals);
      signals.signal(Greeting.class).send(Door.class, new Greeting("dee"));

      assertEquals(List.of("Greeter.greet(Greeting)"), recorded.all().get(0).reachedNames());
      assertNotSame(SEEN.get(0), SEEN.get(1));
    }
  }

  @Test
  void discoveredSignalsAreFreshForEveryTestOfExtendWith() {
    EngineRuns.passes(Discovered.class, 2);
  }

  @ExtendWith(SignalsExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Discovered {
    @Test
    @Order(1)
    void connectsAReceiver(Signals signals) {
      signals.signal(Greeting.class).connect((greeting, sender) -> {
        throw new AssertionError("a receiver of the previous test ran");
      });
    }

    @Test
    @Order(2)
    void recordsWithoutThePreviousTestsReceiver(Signals signals, RecordedSignals recorded) {
      signals.signal(Greeting.class).send(null, new Greeting("eve"));

      assertEquals(List.of(new Greeting("eve")), recorded.payloads(Greeting.class));
    }
  }

  @Test
  void wrappedSignalsAreTheApplicationsAndLeftAsTheyWereAfterEachTest() {
    Wrapping.application = Signals.ready(JunitTestSignals.REGISTRY);
    EngineRuns.passes(Wrapping.class, 1);

    Signal<Greeting> greeting = Wrapping.application.signal(Greeting.class);
    greeting.send(Door.class, new Greeting("after the test"));
    assertEquals(1, Wrapping.leaked.all().size(), "the recorder was removed");
    assertTrue(greeting.hasListeners(Door.class));
  }

  static class Wrapping {
    static Signals application;
    static RecordedSignals leaked;

    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.wrapping(() -> application);

    @Test
    void recordsTheApplicationsSends(Signals signals, RecordedSignals recorded) {
      leaked = recorded;
      assertTrue(signals == application, "the application's own Signals");
      application.signal(Greeting.class).send(Door.class, new Greeting("fay"));

      assertEquals(List.of("Greeter.greet(Greeting)"), recorded.all().get(0).reachedNames());
    }
  }

  @Test
  void wrappingFromFindsTheApplicationThroughTheTestsContext() {
    EngineRuns.passes(WrappingFrom.class, 1);
  }

  static class WrappingFrom {
    static final Signals APPLICATION = Signals.ready(JunitTestSignals.REGISTRY);

    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.wrappingFrom(
        context -> context.getRequiredTestMethod().getName().equals("records") ? APPLICATION : null);

    @Test
    void records(Signals signals, RecordedSignals recorded) {
      assertTrue(signals == APPLICATION, "the Signals found for this test");
      signals.signal(Greeting.class).send(Door.class, new Greeting("gil"));
      assertEquals(1, recorded.all().size());
    }
  }

  @Test
  void wrappingWithoutSignalsFailsTheTestSayingWhy() {
    List<Throwable> failures = EngineRuns.failures(EngineRuns.run(WrappingNothing.class));

    assertEquals(1, failures.size());
    assertInstanceOf(ExtensionConfigurationException.class, failures.get(0));
    assertTrue(failures.get(0).getMessage().contains("gave no Signals"), failures.get(0).getMessage());
  }

  static class WrappingNothing {
    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.wrapping(() -> null);

    @Test
    void neverRuns() {}
  }

  @Test
  void parametersOutsideATestAreRefusedSayingWhere() {
    List<Throwable> failures =
        EngineRuns.failures(EngineRuns.execute(ParameterInBeforeAll.class).containerEvents());

    assertEquals(1, failures.size());
    assertInstanceOf(ParameterResolutionException.class, failures.get(0));
    assertTrue(failures.get(0).getMessage().contains("@BeforeEach"), failures.get(0).getMessage());
  }

  static class ParameterInBeforeAll {
    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.installing(JunitTestSignals.REGISTRY);

    @BeforeAll
    static void tooEarly(Signals signals) {}

    @Test
    void neverRuns() {}
  }

  @Test
  void nestedTestsGetTheExtensionOfTheirEnclosingClass() {
    EngineRuns.passes(Enclosing.class, 1);
  }

  static class Enclosing {
    @RegisterExtension
    static SignalsExtension extension = SignalsExtension.installing(JunitTestSignals.REGISTRY);

    @Nested
    class Inner {
      @Test
      void records(Signals signals, RecordedSignals recorded) {
        signals.signal(Greeting.class).send(Door.class, new Greeting("gus"));
        assertFalse(recorded.all().isEmpty());
      }
    }
  }
}
