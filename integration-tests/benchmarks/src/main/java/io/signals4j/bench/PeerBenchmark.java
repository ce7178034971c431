package io.signals4j.bench;

import com.google.common.eventbus.EventBus;
import io.signals4j.bench.receivers.BenchEventBusIndex;
import io.signals4j.bench.receivers.HundredReceivers;
import io.signals4j.bench.receivers.OneReceivers;
import io.signals4j.bench.receivers.TenReceivers;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The same job done by the event buses Java developers use, calling the very methods that
 * signals4j calls (they carry every framework's annotation): Guava's {@code EventBus}, greenrobot
 * EventBus 3 with the subscriber index its annotation processor generated, and Spring's {@code
 * ApplicationEventMulticaster} with {@code @EventListener} methods, through {@code publishEvent}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PeerBenchmark {

  @Param({"1", "10", "100"})
  public int receivers;

  private Object payload;
  private EventBus guava;
  private org.greenrobot.eventbus.EventBus greenrobot;
  private AnnotationConfigApplicationContext spring;

  @Setup
  public void setUp() {
    payload = Measured.payload(receivers);
    Object[] subscribers = {new OneReceivers(), new TenReceivers(), new HundredReceivers()};

    guava = new EventBus();
    greenrobot = org.greenrobot.eventbus.EventBus.builder()
        .addIndex(new BenchEventBusIndex())
        .logNoSubscriberMessages(false)
        .sendNoSubscriberEvent(false)
        .build();
    for (Object subscriber : subscribers) {
      guava.register(subscriber);
      greenrobot.register(subscriber);
    }
    spring = new AnnotationConfigApplicationContext(
        OneReceivers.class, TenReceivers.class, HundredReceivers.class);
  }

  @TearDown
  public void tearDown() {
    spring.close();
  }

  @Benchmark
  public void guava() {
    guava.post(payload);
  }

  @Benchmark
  public void greenrobot() {
    greenrobot.post(payload);
  }

  @Benchmark
  public void spring() {
    spring.publishEvent(payload);
  }
}
