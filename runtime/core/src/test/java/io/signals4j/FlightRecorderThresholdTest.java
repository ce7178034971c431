package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording's threshold for {@code io.signals4j.Send} keeps the sends that took at least that
 * long, as a settings file with {@code <setting name="threshold">} asks.
 */
class FlightRecorderThresholdTest {

  @Test
  void aThresholdRecordsOnlyTheSendsThatTookLonger(@TempDir Path dir) throws Exception {
    Signal<Saved> saved = Signals.ready().signal(Saved.class);
    saved.connect((payload, sender) -> {
      if (payload.id().equals("slow")) {
        Thread.sleep(30);
      }
    });

    Path file = dir.resolve("slow-sends.jfr");
    try (Recording recording = new Recording()) {
      recording.enable("io.signals4j.Send").withThreshold(Duration.ofMillis(20));
      recording.start();
      saved.send(User.class, new Saved("fast"));
      saved.send(User.class, new Saved("slow"));
      saved.sendRobust(User.class, new Saved("fast"));
      saved.fire(User.class, new Saved("slow"));
      saved.fire(User.class, new Saved("fast"));
      recording.stop();
      recording.dump(file);
    }

    List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
        .filter(event -> event.getEventType().getName().equals("io.signals4j.Send"))
        .toList();
    assertEquals(2, events.size(), "only the slow send and the slow fire");
    assertEquals("send", events.get(0).getString("kind"));
    assertEquals("fire", events.get(1).getString("kind"));
    for (RecordedEvent event : events) {
      assertTrue(event.getDuration().compareTo(Duration.ofMillis(30)) >= 0, event::toString);
    }
  }
}
