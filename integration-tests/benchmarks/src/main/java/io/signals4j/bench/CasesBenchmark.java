package io.signals4j.bench;

import io.signals4j.Connect;
import io.signals4j.Response;
import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.bench.model.Checkout;
import io.signals4j.bench.model.ExpressCheckout;
import io.signals4j.bench.model.Kiosk;
import io.signals4j.bench.model.Nobody;
import io.signals4j.bench.model.One;
import io.signals4j.bench.model.Shipped;
import io.signals4j.bench.model.Sink;
import io.signals4j.bench.model.Ten;
import io.signals4j.bench.receivers.BenchSignals;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The other ways a send goes: to nobody, asked about first, to receivers connected at run time,
 * to a receiver of subclass senders, and on another thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class CasesBenchmark {

  private Signal<One> one;
  private Signal<Ten> ten;
  private Signal<Shipped> shipped;
  private final One onePayload = new One(1);
  private final Ten tenPayload = new Ten(1);
  private final Shipped shippedPayload = new Shipped(1);

  @Setup
  public void setUp() {
    Signals signals = Signals.ready(BenchSignals.REGISTRY);
    one = signals.signal(One.class);
    ten = signals.signal(Ten.class);
    shipped = signals.signal(Shipped.class);
    one.connect((event, sender) -> Sink.add(event.value()), Connect.sender(Kiosk.class));
    for (int i = 0; i < 10; i++) {
      // Each captures its own number, so that they are ten receivers and not one connected ten times.
      long offset = i;
      ten.connect((event, sender) -> Sink.add(event.value() + offset), Connect.sender(Kiosk.class));
    }
    expect(one.receivers(Kiosk.class).size() == 1, "one receiver connected for Kiosk");
    expect(ten.receivers(Kiosk.class).size() == 10, "ten receivers connected for Kiosk");
    expect(ten.receivers(Nobody.class).isEmpty(), "no receiver for Nobody");
    expect(shipped.receivers(ExpressCheckout.class).size() == 1, "a subclass receiver");
    // The first send from each sender resolves its route; the benchmarks measure the sends after.
    one.fire(Kiosk.class, onePayload);
    ten.fire(Kiosk.class, tenPayload);
    ten.fire(Nobody.class, tenPayload);
    shipped.fire(ExpressCheckout.class, shippedPayload);
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark set-up is wrong: expected " + what);
    }
  }

  @Benchmark
  @Warmup(iterations = Headline.WARMUP_ITERATIONS, time = 1)
  @Measurement(iterations = Headline.MEASUREMENT_ITERATIONS, time = 1)
  @Fork(Headline.FORKS)
  public void fireToNobody() {
    ten.fire(Nobody.class, tenPayload);
  }

  @Benchmark
  public List<Response> sendToNobody() {
    return ten.send(Nobody.class, tenPayload);
  }

  @Benchmark
  @Warmup(iterations = Headline.WARMUP_ITERATIONS, time = 1)
  @Measurement(iterations = Headline.MEASUREMENT_ITERATIONS, time = 1)
  @Fork(Headline.FORKS)
  public boolean hasListeners() {
    return ten.hasListeners(Checkout.class);
  }

  @Benchmark
  @Warmup(iterations = Headline.WARMUP_ITERATIONS, time = 1)
  @Measurement(iterations = Headline.MEASUREMENT_ITERATIONS, time = 1)
  @Fork(Headline.FORKS)
  public boolean hasListenersNobody() {
    return ten.hasListeners(Nobody.class);
  }

  @Benchmark
  public void fireConnected1() {
    one.fire(Kiosk.class, onePayload);
  }

  @Benchmark
  public void fireConnected10() {
    ten.fire(Kiosk.class, tenPayload);
  }

  @Benchmark
  public void fireSubclassSender() {
    shipped.fire(ExpressCheckout.class, shippedPayload);
  }

  @Benchmark
  public List<Response> sendAsync10() {
    return ten.sendAsync(Checkout.class, tenPayload).join();
  }
}
