package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code send} and {@code sendRobust} is a JDK Flight Recorder event while a recording
 * enables {@code io.signals4j.Send}; {@code fire} is not recorded.
 */
class FlightRecorderTest {

  @Test
  void sendsAreRecordedWithSignalSenderReceiversAndOutcome(@TempDir Path dir) throws Exception {
    Signals signals = Signals.ready(BillingSignals.REGISTRY);
    Signal<Saved> saved = signals.signal(Saved.class);
    saved.send(User.class, new Saved());   // before the recording: not recorded

    Path file = dir.resolve("sends.jfr");
    try (Recording recording = new Recording()) {
      recording.enable("io.signals4j.Send");
      recording.start();
      saved.send(User.class, new Saved());
      saved.sendRobust(null, new Saved());
      saved.fire(User.class, new Saved());
      saved.connect((payload, sender) -> {
        throw new IllegalStateException("boom");
      });
      assertThrows(ReceiverException.class, () -> saved.send(User.class, new Saved()));
      assertThrows(ReceiverException.class, () -> saved.fire(User.class, new Saved()));
      recording.stop();
      recording.dump(file);
    }

    List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
        .filter(event -> event.getEventType().getName().equals("io.signals4j.Send"))
        .toList();
    assertEquals(5, events.size());
    assertEquals(Saved.class.getName(), events.get(0).getClass("signal").getName());
    assertEquals(User.class.getName(), events.get(0).getClass("sender").getName());
    assertEquals(2, events.get(0).getInt("receivers"));
    assertEquals(false, events.get(0).getBoolean("failed"));
    assertEquals("send", events.get(0).getString("kind"));
    assertEquals(null, events.get(1).getClass("sender"));
    assertEquals("sendRobust", events.get(1).getString("kind"));
    assertEquals("fire", events.get(2).getString("kind"));
    assertEquals(2, events.get(2).getInt("receivers"));
    assertEquals(false, events.get(2).getBoolean("failed"));
    assertEquals(3, events.get(3).getInt("receivers"), "the failing receiver is the last");
    assertTrue(events.get(3).getBoolean("failed"));
    assertEquals("fire", events.get(4).getString("kind"));
    assertTrue(events.get(4).getBoolean("failed"));
    assertTrue(Files.size(file) > 0);
  }
}
