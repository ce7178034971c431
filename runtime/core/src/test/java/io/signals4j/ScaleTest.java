package io.signals4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Tick;
import io.signals4j.Fixtures.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Connecting stays cheap with many receivers connected or recently dropped: a connect appends,
 * and never copies the receivers connected so far. The time limits are generous bounds against
 * work that grows with the square of the receivers (a million weak connects used to take half a
 * minute), not measurements; the benchmarks measure.
 */
class ScaleTest {

  private static final int MILLION = 1_000_000;

  /** The owner of a weak receiver; nothing but the test's own list keeps one alive. */
  static final class Owner {
    int heard;

    void hear(Tick tick, Class<?> sender) {
      heard++;
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aMillionWeakConnectsOfOwnersThatDieAtOnce() throws InterruptedException {
    Signal<Tick> tick = Signals.ready().signal(Tick.class);
    List<Owner> owners = new ArrayList<>(MILLION);
    for (int i = 0; i < MILLION; i++) {
      Owner owner = new Owner();
      owners.add(owner);
      tick.connectWeak(owner, Owner::hear);
    }
    Owner survivor = owners.get(MILLION - 1);
    tick.fire(User.class, new Tick(1));
    assertEquals(1, survivor.heard);

    owners.clear();
    for (int attempt = 0; attempt < 50 && tick.receivers().size() > 1; attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    assertEquals(1, tick.receivers().size(), "only the survivor is left");
    for (int i = 0; i < MILLION; i++) {
      tick.connectWeak(new Owner(), Owner::hear);
    }
    tick.fire(User.class, new Tick(2));
    assertEquals(2, survivor.heard);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aHundredThousandStrongConnectsAndDisconnects() {
    Signal<Tick> tick = Signals.ready().signal(Tick.class);
    List<Connection> connections = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      int n = i;
      connections.add(tick.connect((payload, sender) -> {
        assertTrue(n >= 0);
      }));
    }
    assertEquals(100_000, tick.receivers().size());
    for (Connection connection : connections) {
      assertTrue(connection.disconnect());
    }
    assertEquals(0, tick.receivers().size());
  }
}
