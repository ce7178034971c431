package io.signals4j.bench;

import io.signals4j.bench.model.One;
import io.signals4j.bench.model.Ten;
import io.signals4j.bench.receivers.OneReceivers;
import io.signals4j.bench.receivers.TenReceivers;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baselines: the measured receivers called by hand, and through a loop over an array of
 * listener interfaces, the way a hand-written observer list calls them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class DirectBenchmark {

  /** A hand-written observer interface for one event type. */
  @FunctionalInterface
  public interface OneListener {
    /** Receives an event. */
    void on(One event);
  }

  /** The same for the other event type. */
  @FunctionalInterface
  public interface TenListener {
    /** Receives an event. */
    void on(Ten event);
  }

  private final OneReceivers one = new OneReceivers();
  private final TenReceivers ten = new TenReceivers();
  private final One onePayload = new One(1);
  private final Ten tenPayload = new Ten(1);
  private final OneListener[] oneListeners = {one::on0};

  // Ten method references are ten classes: a real observer list is megamorphic, and so is this.
  private final TenListener[] tenListeners = {
    ten::on0, ten::on1, ten::on2, ten::on3, ten::on4, ten::on5, ten::on6, ten::on7, ten::on8,
    ten::on9,
  };

  @Benchmark
  public void direct1() {
    one.on0(onePayload);
  }

  @Benchmark
  public void direct10() {
    Ten payload = tenPayload;
    ten.on0(payload);
    ten.on1(payload);
    ten.on2(payload);
    ten.on3(payload);
    ten.on4(payload);
    ten.on5(payload);
    ten.on6(payload);
    ten.on7(payload);
    ten.on8(payload);
    ten.on9(payload);
  }

  @Benchmark
  public void interfaceLoop1() {
    for (OneListener listener : oneListeners) {
      listener.on(onePayload);
    }
  }

  @Benchmark
  public void interfaceLoop10() {
    for (TenListener listener : tenListeners) {
      listener.on(tenPayload);
    }
  }
}
