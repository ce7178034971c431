package io.signals4j.servlet;

import static org.junit.jupiter.api.Assertions.fail;

import io.signals4j.Connect;
import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.request.RequestPayload;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What one request signal's receiver heard, with a switch to make it fail: connected once, since
 * receivers stay connected for the whole server's life.
 */
final class Recorder<P extends RequestPayload> {

  private final List<P> heard = new ArrayList<>();
  private final List<String> threads = new ArrayList<>();
  private volatile Predicate<P> failWhen = payload -> false;
  private volatile Runnable onEach = () -> {};

  static <P extends RequestPayload> Recorder<P> connect(
      Signals signals, Class<? super P> type, Class<?> sender) {
    Recorder<P> recorder = new Recorder<>();
    Signal<P> signal = signals.signal(type);
    signal.connect((payload, from) -> {
      recorder.onEach.run();
      synchronized (recorder) {
        recorder.heard.add(payload);
        recorder.threads.add(Thread.currentThread().getName());
        recorder.notifyAll();
      }
      if (recorder.failWhen.test(payload)) {
        throw new IllegalStateException("receiver fails on " + payload.path());
      }
    }, Connect.sender(sender));
    return recorder;
  }

  synchronized void reset() {
    heard.clear();
    threads.clear();
    failWhen = payload -> false;
    onEach = () -> {};
  }

  void failWhen(Predicate<P> condition) {
    failWhen = condition;
  }

  /** Runs before each payload is recorded, on the sending thread. */
  void onEach(Runnable action) {
    onEach = action;
  }

  synchronized List<P> heard() {
    return List.copyOf(heard);
  }

  synchronized List<P> heard(String path) {
    return heard.stream().filter(payload -> payload.path().equals(path)).toList();
  }

  /** Waits until {@code count} payloads for {@code path} were heard, or fails after 5 seconds. */
  synchronized List<P> await(String path, int count) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (heard(path).size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        fail("heard " + heard(path).size() + " of " + count + " sends for " + path + ": " + heard);
      }
      wait(left / 1_000_000 + 1);
    }
    return heard(path);
  }

  /** Waits until {@code count} payloads were heard in all, or fails after {@code seconds}. */
  synchronized List<P> awaitTotal(int count, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (heard.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        fail("heard " + heard.size() + " of " + count + " sends");
      }
      wait(left / 1_000_000 + 1);
    }
    return List.copyOf(heard);
  }

  synchronized List<String> threads() {
    return List.copyOf(threads);
  }
}
