package io.signals4j.bench;

import java.util.regex.Pattern;

/**
 * The benchmarks whose ratios are the headline targets (the baselines, {@code fire}, and the sends
 * to nobody), and how they are kept honest on a machine that is not quiet.
 *
 * <p>A nanosecond benchmark moves by a third when something else runs on a two-core machine, and a
 * single fork can land on a bad code layout. So the headline benchmarks run in several forks and
 * the report gives the spread of the fork means; and the baselines are measured again after the
 * whole suite: when one has moved by more than {@link #BASELINE_DRIFT}, the machine changed under
 * the run, and the headline benchmarks run again, so that their ratios still come from one run.
 */
final class Headline {

  /** Forks per headline benchmark: three fork means show whether one fork was an outlier. */
  static final int FORKS = 3;

  /** Warm-up iterations of one second per fork: these paths are compiled within the first. */
  static final int WARMUP_ITERATIONS = 3;

  /** Measured iterations of one second per fork. */
  static final int MEASUREMENT_ITERATIONS = 4;

  /** How far a baseline may move between the start and the end of a run, as a fraction. */
  static final double BASELINE_DRIFT = 0.10;

  /** Runs of the headline benchmarks at most, the first included, before the report gives up. */
  static final int MAX_RUNS = 3;

  /** The baselines that the headline ratios divide by. */
  static final Pattern BASELINES = Pattern.compile(
      "\\.DirectBenchmark\\.(direct1|direct10|direct100|interfaceLoop1)$");

  /** The baselines and the benchmarks measured against them, to run again together. */
  static final Pattern BENCHMARKS = Pattern.compile(
      "\\.(DirectBenchmark\\..*|SendBenchmark\\.fire|CasesBenchmark\\.(fireToNobody|hasListeners"
          + "|hasListenersNobody))$");

  private Headline() {}
}
