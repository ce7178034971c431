package io.signals4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark in one JMH run, with allocation per operation ({@code -prof gc}), then
 * writes {@code results.json}, the report of targets ({@code report.md}) and {@code chart.png}.
 *
 * <pre>
 * java -jar benchmarks.jar [full|headline|quick] [output directory]
 * </pre>
 *
 * <p>{@code full} (the default) uses each class's own forks and iterations, about 15 minutes on two
 * cores, then measures the baselines again and runs the {@linkplain Headline headline benchmarks}
 * again if one has moved (see {@link Headline}). {@code headline} does the same for the headline
 * benchmarks alone, in about 8 minutes. {@code quick} runs each benchmark once, briefly
 * and without forking: a check that every benchmark works, in well under a minute, whose numbers
 * mean nothing. Any benchmark that throws fails the run.
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  /** Runs the benchmarks; see the class comment. */
  public static void main(String[] args) throws IOException, RunnerException {
    String mode = args.length > 0 ? args[0] : "full";
    if (!mode.equals("full") && !mode.equals("headline") && !mode.equals("quick")) {
      throw new IllegalArgumentException("mode is full, headline or quick, not " + mode);
    }
    Path out = Path.of(args.length > 1 ? args[1] : "target/benchmark-results").toAbsolutePath();
    Files.createDirectories(out);
    Path json = out.resolve("results.json");
    Path sizes = out.resolve("method-sizes.tsv");
    Files.deleteIfExists(sizes);

    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(BenchmarkMain.class.getPackageName().replace(".", "\\.")
            + (mode.equals("headline") ? Headline.BENCHMARKS.pattern() : "\\..*Benchmark\\."))
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString())
        .jvmArgsAppend("-D" + BuildBenchmark.SIZES_PROPERTY + "=" + sizes);
    if (mode.equals("quick")) {
      System.setProperty(BuildBenchmark.SIZES_PROPERTY, sizes.toString());
      options
          .forks(0)
          .warmupIterations(0)
          .measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(100))
          .param("generated", "1000");
    }
    new Runner(options.build()).run();

    ResultReport report = ResultReport.read(json, sizes);
    if (!mode.equals("quick")) {
      checkBaselines(report, out);
    }
    String text = report.markdown(mode);
    Files.writeString(out.resolve("report.md"), text);
    System.out.println();
    System.out.println(text);
    ResultChart.write(report, out.resolve("chart.png"));
    System.out.println("Results, report and chart are in " + out);
  }

  /**
   * Measures the baselines again; while one has moved by more than {@link Headline#BASELINE_DRIFT}
   * since the run that the report holds, runs the headline benchmarks again and takes their rows.
   */
  private static void checkBaselines(ResultReport report, Path out) throws IOException, RunnerException {
    for (int run = 1; ; run++) {
      Path check = out.resolve("baseline-check-" + run + ".json");
      new Runner(headlineOptions(Headline.BASELINES.pattern(), check).forks(1).build()).run();
      StringBuilder moves = new StringBuilder();
      double drift = report.largestDrift(ResultReport.readRows(check), moves);
      boolean steady = drift <= Headline.BASELINE_DRIFT;
      report.note(String.format(Locale.ROOT,
          "Baselines measured again after headline run %d: %s; %s.", run, moves,
          steady ? "steady" : run < Headline.MAX_RUNS
              ? "moved, so the headline benchmarks ran again"
              : "moved; after " + run + " runs the headline rows are the last run's, read them"
                  + " with the spread of their fork means"));
      if (steady || run == Headline.MAX_RUNS) {
        return;
      }
      Path again = out.resolve("headline-" + (run + 1) + ".json");
      new Runner(headlineOptions(Headline.BENCHMARKS.pattern(), again).build()).run();
      report.replace(ResultReport.readRows(again));
    }
  }

  private static ChainedOptionsBuilder headlineOptions(String benchmarks, Path json) {
    return new OptionsBuilder()
        .include(BenchmarkMain.class.getPackageName().replace(".", "\\.") + benchmarks)
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString());
  }
}
