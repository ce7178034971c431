package io.signals4j.bench;

import io.signals4j.Response;
import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.bench.crowd.CrowdSignals;
import io.signals4j.bench.model.Checkout;
import io.signals4j.bench.receivers.BenchSignals;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three synchronous sends of declared receivers, with 1, 10 and 100 receivers for one signal
 * and sender. {@code registry=bench} installs a registry that holds only the measured receivers;
 * {@code registry=crowd} one that holds the same among 10,000 receivers of other signals and
 * senders, which must not make a send slower.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SendBenchmark {

  @Param({"bench", "crowd"})
  public String registry;

  @Param({"1", "10", "100"})
  public int receivers;

  private Signal<Object> signal;
  private Object payload;

  @Setup
  public void setUp() {
    Signals signals = Signals.ready(
        registry.equals("crowd") ? CrowdSignals.REGISTRY : BenchSignals.REGISTRY);
    signal = Measured.signal(signals, receivers);
    payload = Measured.payload(receivers);
  }

  @Benchmark
  @Warmup(iterations = Headline.WARMUP_ITERATIONS, time = 1)
  @Measurement(iterations = Headline.MEASUREMENT_ITERATIONS, time = 1)
  @Fork(Headline.FORKS)
  public void fire() {
    signal.fire(Checkout.class, payload);
  }

  @Benchmark
  public List<Response> send() {
    return signal.send(Checkout.class, payload);
  }

  @Benchmark
  public List<Response> sendRobust() {
    return signal.sendRobust(Checkout.class, payload);
  }
}
