package io.signals4j.bench;

import com.google.common.eventbus.EventBus;
import io.signals4j.Signals;
import io.signals4j.bench.startup.Started0;
import io.signals4j.bench.startup.Started1;
import io.signals4j.bench.startup.Started2;
import io.signals4j.bench.startup.Started3;
import io.signals4j.bench.startup.Started4;
import io.signals4j.bench.startup.Started5;
import io.signals4j.bench.startup.Started6;
import io.signals4j.bench.startup.Started7;
import io.signals4j.bench.startup.Started8;
import io.signals4j.bench.startup.Started9;
import io.signals4j.bench.startup.StartupClasses;
import io.signals4j.bench.startup.StartupEventBusIndex;
import io.signals4j.bench.startup.StartupSignals;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Start-up: making 1,000 receivers (ten classes of 100 methods, ten event types) ready to be
 * called, once, in a fresh JVM, as an application does when it starts. Each fork measures one cold
 * call, so class loading and first-time caches count, as they do at start-up.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@State(Scope.Thread)
public class StartupBenchmark {

  private AnnotationConfigApplicationContext context;

  /**
   * What every figure below includes and no library owns: constructing the ten receiver classes
   * (1,000 methods to load and verify) and loading the ten event types, as each library does
   * before or while it registers them. The floor under every start-up figure.
   */
  @Benchmark
  public Object[] receiverClassesAlone() {
    return new Object[] {
      StartupClasses.newInstances(),
      Started0.class, Started1.class, Started2.class, Started3.class, Started4.class,
      Started5.class, Started6.class, Started7.class, Started8.class, Started9.class,
    };
  }

  /** Installing the generated registry: what {@code Signals.ready} costs. */
  @Benchmark
  public Signals signals4jInstall() {
    return Signals.ready(StartupSignals.REGISTRY);
  }

  /**
   * Installing, then resolving the receivers of every signal, which signals4j otherwise does on
   * the first send of each: the whole cost, for a fair comparison with registering eagerly.
   */
  @Benchmark
  public Signals signals4jInstallAndResolve(Blackhole blackhole) {
    Signals signals = Signals.ready(StartupSignals.REGISTRY);
    for (Class<?> type : signals.signalTypes()) {
      blackhole.consume(signals.signal(type).hasListeners(null));
    }
    return signals;
  }

  @Benchmark
  public EventBus guavaRegister() {
    EventBus bus = new EventBus();
    for (Object subscriber : StartupClasses.newInstances()) {
      bus.register(subscriber);
    }
    return bus;
  }

  @Benchmark
  public org.greenrobot.eventbus.EventBus greenrobotRegisterWithIndex() {
    org.greenrobot.eventbus.EventBus bus = org.greenrobot.eventbus.EventBus.builder()
        .addIndex(new StartupEventBusIndex())
        .build();
    for (Object subscriber : StartupClasses.newInstances()) {
      bus.register(subscriber);
    }
    return bus;
  }

  @Benchmark
  public AnnotationConfigApplicationContext springRefresh() {
    context = new AnnotationConfigApplicationContext(StartupClasses.ALL);
    return context;
  }

  @TearDown(Level.Invocation)
  public void closeContext() {
    if (context != null) {
      context.close();
      context = null;
    }
  }
}
