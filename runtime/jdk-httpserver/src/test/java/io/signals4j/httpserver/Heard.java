package io.signals4j.httpserver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Connect;
import io.signals4j.Signals;
import io.signals4j.request.RequestPayload;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** The sends one receiver heard, which it can be told to fail: receivers stay connected. */
final class Heard<P extends RequestPayload> {

  final List<P> sends = new CopyOnWriteArrayList<>();
  private final Semaphore arrivals = new Semaphore(0);
  volatile boolean failing;

  static <P extends RequestPayload> Heard<P> by(Signals signals, Class<? super P> type) {
    Heard<P> heard = new Heard<>();
    signals.<P>signal(type).connect((payload, sender) -> {
      heard.sends.add(payload);
      heard.arrivals.release();
      if (heard.failing) {
        throw new IllegalStateException("receiver fails on " + payload.path());
      }
    }, Connect.sender(HttpServerSignalsFilter.class));
    return heard;
  }

  void clear() {
    failing = false;
    sends.clear();
    arrivals.drainPermits();
  }

  /** The first {@code count} sends since {@link #clear}, waiting up to 10 seconds for them. */
  List<P> await(int count) throws InterruptedException {
    assertTrue(arrivals.tryAcquire(count, 10, TimeUnit.SECONDS), () -> "heard only " + sends);
    arrivals.release(count);
    return List.copyOf(sends);
  }
}
