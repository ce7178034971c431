package io.signals4j.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs test classes that use the extension on the real Jupiter engine, as a build would. */
final class EngineRuns {

  private EngineRuns() {}

  /** The test events of running {@code testClass}. */
  static Events run(Class<?> testClass) {
    return execute(testClass).testEvents();
  }

  /** Everything that happened when running {@code testClass}, its containers' events included. */
  static EngineExecutionResults execute(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
  }

  /** Runs {@code testClass} and fails, saying why, unless all its {@code tests} tests passed. */
  static void passes(Class<?> testClass, int tests) {
    Events events = run(testClass);
    assertEquals(List.of(), failures(events), "failed tests of " + testClass.getSimpleName());
    assertEquals(tests, events.succeeded().count(), "passed tests of " + testClass.getSimpleName());
  }

  /** What made each failed test fail. */
  static List<Throwable> failures(Events events) {
    return events.failed().stream()
        .map(EngineRuns::cause)
        .toList();
  }

  private static Throwable cause(Event event) {
    return event.getRequiredPayload(TestExecutionResult.class).getThrowable()
        .orElseThrow(() -> new AssertionError(event + " failed without a throwable"));
  }
}
