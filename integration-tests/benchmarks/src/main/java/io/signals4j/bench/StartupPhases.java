package io.signals4j.bench;

import io.signals4j.Signal;
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
import java.io.IOException;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.greenrobot.eventbus.EventBus;
import org.greenrobot.eventbus.EventBusBuilder;

/**
 * Where {@link StartupBenchmark}'s time goes: the same work cut into phases, each timed in a fresh
 * JVM, for signals4j and for greenrobot EventBus with its index. A phase reports its wall time,
 * the CPU time of the thread that ran it (which a busy machine disturbs far less than the wall
 * time) and how many classes the JVM loaded during it.
 *
 * <pre>
 * java -cp benchmarks.jar io.signals4j.bench.StartupPhases [runs] [cold]
 * </pre>
 *
 * <p>{@code runs} JVMs per side (21 unless given), interleaved, and the median of each figure.
 * Each JVM first loads what every side needs and none of them owns, the ten receiver classes
 * (1,000 methods, 146 KB) and the ten event types, so that the phases after it are each library's
 * own work; {@code cold} leaves that out, and each library's first phase that needs them pays for
 * them, as in the benchmark. The phases after the benchmark's work (a first send, introspection)
 * show what an application pays later, on first use.
 */
public final class StartupPhases {

  private static final String CHILD = "--phases-of";

  private StartupPhases() {}

  /**
   * Runs the phases in fresh JVMs and prints a Markdown table of medians for each side.
   *
   * @param args the number of JVMs per side, and {@code cold} to leave the shared classes to the
   *     libraries; or, in a child JVM, the side to time
   * @throws IOException if a child JVM cannot be started or read
   * @throws InterruptedException if interrupted while waiting for one
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length > 0 && args[0].equals(CHILD)) {
      new Clock().run(args[1], args[2].equals("cold"));
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    String mode = Arrays.asList(args).contains("cold") ? "cold" : "shared-first";
    Map<String, Map<String, List<double[]>>> sides = new LinkedHashMap<>();
    for (int run = 0; run < runs; run++) {
      for (String side : new String[] {"signals4j", "greenrobot"}) {
        Map<String, List<double[]>> phases = sides.computeIfAbsent(side, k -> new LinkedHashMap<>());
        for (String line : child(side, mode)) {
          String[] cells = line.split("\t");
          phases.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(new double[] {
              Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
              Double.parseDouble(cells[3])});
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d JVMs per side, %s; load average %s%n%n", runs, mode,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    sides.forEach(StartupPhases::print);
  }

  private static List<String> child(String side, String mode)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            StartupPhases.class.getName(), CHILD, side, mode)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("the " + side + " phases failed: " + output);
    }
    return output.lines().toList();
  }

  private static void print(String side, Map<String, List<double[]>> phases) {
    System.out.println("| " + side + " | wall ms | thread CPU ms | classes loaded |");
    System.out.println("|---|---:|---:|---:|");
    double[] benchmark = new double[3];
    phases.forEach((phase, samples) -> {
      double[] medians = new double[3];
      for (int i = 0; i < 3; i++) {
        int column = i;
        medians[i] = median(samples.stream().mapToDouble(sample -> sample[column]).toArray());
      }
      if (!phase.startsWith("later: ") && !phase.startsWith("shared: ")) {
        for (int i = 0; i < 3; i++) {
          benchmark[i] += medians[i];
        }
      }
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.0f |%n",
          phase, medians[0], medians[1], medians[2]);
    });
    System.out.printf(Locale.ROOT,
        "| **sum of the benchmark's phases, shared ones left out** | %.2f | %.2f | %.0f |%n%n",
        benchmark[0], benchmark[1], benchmark[2]);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** Times phases in this JVM and prints one tab-separated line per phase. */
  private static final class Clock {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    private final StringBuilder lines = new StringBuilder();
    private long wall;
    private long cpu;
    private long loaded;
    /** Keeps results reachable, so that no phase is optimised away. */
    private final List<Object> kept = new ArrayList<>();

    void run(String side, boolean cold) {
      // Reading the clocks loads the management classes: done before the first phase starts.
      restart();
      restart();
      if (!cold) {
        kept.add(StartupClasses.newInstances());
        lap("shared: the ten receiver classes, constructed");
        kept.add(eventTypes());
        lap("shared: the ten event types, loaded");
      }
      if (side.equals("signals4j")) {
        signals4j();
      } else {
        greenrobot();
      }
      System.out.print(lines);
    }

    private void signals4j() {
      Signals.Builder builder = Signals.builder();
      lap("Signals.builder()");
      builder.install(StartupSignals.REGISTRY);
      lap("install(StartupSignals.REGISTRY)");
      Signals signals = builder.ready();
      lap("ready(): creates the receiver instances");
      Set<Class<?>> types = signals.signalTypes();
      lap("signalTypes()");
      List<Signal<?>> handles = new ArrayList<>();
      for (Class<?> type : types) {
        handles.add(signals.signal(type));
      }
      lap("signal(type), 10 types");
      for (Signal<?> signal : handles) {
        kept.add(signal.hasListeners(null));
      }
      lap("hasListeners(null): resolves 10 routes of 100");
      Signal<Started0> started = signals.signal(Started0.class);
      started.fire(null, new Started0(1));
      lap("later: first fire, 100 receivers");
      for (Signal<?> signal : handles) {
        kept.add(signal.receivers());
      }
      lap("later: receivers(), 10 signals");
      kept.add(signals.describe());
      lap("later: describe()");
      kept.add(started.send(null, new Started0(2)));
      lap("later: first send, 100 receivers");
    }

    private void greenrobot() {
      EventBusBuilder builder = EventBus.builder();
      lap("EventBus.builder()");
      builder.addIndex(new StartupEventBusIndex());
      lap("addIndex(new StartupEventBusIndex())");
      EventBus bus = builder.build();
      lap("build()");
      Object[] subscribers = StartupClasses.newInstances();
      lap("the ten subscribers, constructed");
      for (Object subscriber : subscribers) {
        bus.register(subscriber);
      }
      lap("register, 10 subscribers of 100 methods");
      bus.post(new Started0(1));
      lap("later: first post, 100 subscribers");
    }

    private static Class<?>[] eventTypes() {
      return new Class<?>[] {
        Started0.class, Started1.class, Started2.class, Started3.class, Started4.class,
        Started5.class, Started6.class, Started7.class, Started8.class, Started9.class,
      };
    }

    private void lap(String phase) {
      long wallNow = System.nanoTime();
      long cpuNow = threads.getCurrentThreadCpuTime();
      long loadedNow = classes.getTotalLoadedClassCount();
      lines.append(phase).append('\t').append((wallNow - wall) / 1e6).append('\t')
          .append((cpuNow - cpu) / 1e6).append('\t').append(loadedNow - loaded).append('\n');
      restart();
    }

    private void restart() {
      loaded = classes.getTotalLoadedClassCount();
      cpu = threads.getCurrentThreadCpuTime();
      wall = System.nanoTime();
    }
  }
}
