package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Sends never start Flight Recorder: the first event object a JVM makes starts its Java side (a
 * hundred classes and some 250 ms on JDK 17), which an application that records nothing must not
 * pay on its first send. Checked in a JVM of its own, since other tests here start recordings.
 */
class FlightRecorderStartTest {

  /** Fires and sends, through a generated route and a connected receiver; run in a fresh JVM. */
  public static void main(String[] args) {
    Signal<Saved> saved = Signals.ready(BillingSignals.REGISTRY).signal(Saved.class);
    saved.fire(User.class, new Saved());
    saved.send(User.class, new Saved());
    saved.connect((payload, sender) -> {});
    saved.fire(User.class, new Saved());
    saved.sendRobust(null, new Saved());
    System.out.println("sent");
  }

  @Test
  void sendsWithoutARecordingLoadNoFlightRecorderInternals() throws Exception {
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xlog:class+load=info",
            "-cp",
            System.getProperty("java.class.path"),
            FlightRecorderStartTest.class.getName())
        .redirectErrorStream(true)
        .start();
    List<String> output = read(process);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM ends");
    assertEquals(0, process.exitValue(), () -> String.join("\n", output));
    assertTrue(output.contains("sent"), "the sends ran");
    List<String> recorder = output.stream()
        .filter(line -> line.contains(" jdk.jfr.internal.") || line.contains(" jdk.jfr.Event "))
        .toList();
    assertEquals(List.of(), recorder, "Flight Recorder's own classes");
  }

  private static List<String> read(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .lines()
        .toList();
  }
}
