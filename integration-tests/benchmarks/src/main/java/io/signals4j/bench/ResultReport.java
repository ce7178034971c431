package io.signals4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results of one run, read from JMH's JSON output, and the report of which targets they meet.
 * Every ratio compares two benchmarks of the same run.
 */
final class ResultReport {

  /** One benchmark with one set of parameters. */
  record Row(String name, Map<String, String> params, double score, double error, String unit,
      double bytesPerOp, List<Double> forkMeans) {

    /** The lowest and highest fork means, when there were several forks; else empty. */
    String spread() {
      if (forkMeans.size() < 2) {
        return "";
      }
      double low = forkMeans.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      double high = forkMeans.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
      return format(low) + "–" + format(high);
    }

    /** {@code SendBenchmark.fire} and its parameters, as the tables show it. */
    String label() {
      if (params.isEmpty()) {
        return name;
      }
      List<String> values = new ArrayList<>();
      params.forEach((key, value) -> values.add(key + "=" + value));
      return name + " [" + String.join(", ", values) + "]";
    }
  }

  /** One target of the roadmap and whether this run meets it. */
  record Target(String target, String measured, boolean met) {}

  private final List<Row> rows;
  private final List<String> methodSizes;
  private final List<String> notes;

  private ResultReport(List<Row> rows, List<String> methodSizes, List<String> notes) {
    this.rows = rows;
    this.methodSizes = methodSizes;
    this.notes = notes;
  }

  /** Reads JMH's JSON results and the method sizes the build benchmark recorded, if any. */
  static ResultReport read(Path json, Path methodSizes) throws IOException {
    List<String> sizes = Files.exists(methodSizes) ? Files.readAllLines(methodSizes) : List.of();
    return new ResultReport(readRows(json), sizes, new ArrayList<>());
  }

  /** The rows of one JMH JSON file. */
  static List<Row> readRows(Path json) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (JsonNode result : JsonMapper.builder().build().readTree(json.toFile())) {
      String benchmark = result.get("benchmark").asString();
      String[] parts = benchmark.split("\\.");
      String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
      Map<String, String> params = new LinkedHashMap<>();
      JsonNode paramsNode = result.get("params");
      if (paramsNode != null) {
        for (Map.Entry<String, JsonNode> param : paramsNode.properties()) {
          params.put(param.getKey(), param.getValue().asString());
        }
      }
      JsonNode primary = result.get("primaryMetric");
      JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
      List<Double> forkMeans = new ArrayList<>();
      for (JsonNode fork : primary.path("rawData")) {
        double sum = 0;
        for (JsonNode iteration : fork) {
          sum += iteration.asDouble();
        }
        if (fork.size() > 0) {
          forkMeans.add(sum / fork.size());
        }
      }
      rows.add(new Row(
          name,
          params,
          primary.get("score").asDouble(),
          number(primary.get("scoreError")),
          primary.get("scoreUnit").asString(),
          alloc.isMissingNode() ? Double.NaN : alloc.asDouble(),
          List.copyOf(forkMeans)));
    }
    return rows;
  }

  /**
   * Replaces the rows of the benchmarks that ran again, so that their ratios come from the later
   * run, and keeps the others.
   */
  void replace(List<Row> again) {
    for (Row row : again) {
      boolean replaced = false;
      for (int i = 0; i < rows.size() && !replaced; i++) {
        if (rows.get(i).label().equals(row.label())) {
          rows.set(i, row);
          replaced = true;
        }
      }
      if (!replaced) {
        rows.add(row);
      }
    }
  }

  /** Adds a line about how the run went, printed above the results. */
  void note(String note) {
    notes.add(note);
  }

  /**
   * How far each baseline measured in {@code check} is from the same baseline in this report.
   *
   * @return the largest relative difference, 0 if none could be compared
   */
  double largestDrift(List<Row> check, StringBuilder description) {
    double largest = 0;
    for (Row later : check) {
      Row earlier = find(later.name());
      if (earlier == null) {
        continue;
      }
      double drift = later.score() / earlier.score() - 1;
      largest = Math.max(largest, Math.abs(drift));
      if (description.length() > 0) {
        description.append(", ");
      }
      description.append(later.name()).append(' ')
          .append(format(earlier.score())).append(" → ").append(format(later.score()))
          .append(String.format(Locale.ROOT, " (%+.0f%%)", drift * 100));
    }
    return largest;
  }

  private static double number(JsonNode node) {
    // JMH writes "NaN" as a string when one iteration gives no error estimate.
    return node == null || !node.isNumber() ? Double.NaN : node.asDouble();
  }

  List<Row> rows() {
    return rows;
  }

  /** The row of a benchmark with the given parameters (key, value, key, value...), or null. */
  Row find(String name, String... params) {
    for (Row row : rows) {
      if (!row.name().equals(name)) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < params.length; i += 2) {
        matches &= params[i + 1].equals(row.params().get(params[i]));
      }
      if (matches) {
        return row;
      }
    }
    return null;
  }

  /** The largest generated method at that many receivers, from the build benchmark. */
  String largestMethod(int receivers) {
    int bytes = -1;
    String method = null;
    for (String line : methodSizes) {
      String[] fields = line.split("\t");
      if (Integer.parseInt(fields[0]) == receivers && Integer.parseInt(fields[1]) > bytes) {
        bytes = Integer.parseInt(fields[1]);
        method = fields[2];
      }
    }
    return method == null ? null : bytes + " bytes (" + method + ")";
  }

  private int largestMethodBytes(int receivers) {
    String largest = largestMethod(receivers);
    return largest == null ? -1 : Integer.parseInt(largest.substring(0, largest.indexOf(' ')));
  }

  /** Each roadmap target this run has the numbers for, measured and judged. */
  List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    Row direct1 = find("DirectBenchmark.direct1");
    Row direct10 = find("DirectBenchmark.direct10");
    Row loop1 = find("DirectBenchmark.interfaceLoop1");
    Row fire1 = find("SendBenchmark.fire", "registry", "bench", "receivers", "1");
    Row fire10 = find("SendBenchmark.fire", "registry", "bench", "receivers", "10");
    Row direct100 = find("DirectBenchmark.direct100");
    Row fire100 = find("SendBenchmark.fire", "registry", "bench", "receivers", "100");
    ratio(targets, "fire, 1 receiver ≤ 2× the direct call", fire1, direct1, 2);
    if (fire1 != null && loop1 != null) {
      targets.add(new Target("fire, 1 receiver ≤ the one-listener interface loop",
          format(fire1.score()) + " vs " + format(loop1.score()) + " ns",
          fire1.score() <= loop1.score()));
    }
    ratio(targets, "fire, 10 receivers ≤ 1.3× ten direct calls", fire10, direct10, 1.3);
    ratio(targets, "fire, 100 receivers ≤ 1.3× a hundred direct calls", fire100, direct100, 1.3);
    for (String[] noReceivers : new String[][] {
        {"CasesBenchmark.fireToNobody", "fire to no receiver"},
        {"CasesBenchmark.sendToNobody", "send to no receiver"},
        {"CasesBenchmark.hasListeners", "hasListeners (true)"},
        {"CasesBenchmark.hasListenersNobody", "hasListeners (false)"}}) {
      Row row = find(noReceivers[0]);
      ratio(targets, noReceivers[1] + " ≤ 3× the direct call", row, direct1, 3);
      zeroAllocation(targets, noReceivers[1] + ": 0 B/op", row);
    }
    for (String receivers : new String[] {"1", "10", "100"}) {
      for (String registry : new String[] {"bench", "crowd"}) {
        zeroAllocation(targets, "fire, " + receivers + " receivers, " + registry + " registry: 0 B/op",
            find("SendBenchmark.fire", "registry", registry, "receivers", receivers));
      }
    }
    for (String receivers : new String[] {"1", "10", "100"}) {
      Row fire = find("SendBenchmark.fire", "registry", "bench", "receivers", receivers);
      ratio(targets, "Guava EventBus, " + receivers + ": ≥ 50× fire",
          find("PeerBenchmark.guava", "receivers", receivers), fire, -50);
      ratio(targets, "Spring publishEvent, " + receivers + ": ≥ 50× fire",
          find("PeerBenchmark.spring", "receivers", receivers), fire, -50);
      ratio(targets, "greenrobot with index, " + receivers + ": ≥ 20× fire",
          find("PeerBenchmark.greenrobot", "receivers", receivers), fire, -20);
    }
    for (String method : new String[] {"fire", "send", "sendRobust"}) {
      for (String receivers : new String[] {"1", "10", "100"}) {
        ratio(targets, method + ", " + receivers + " receivers: 10,000 others ≤ 1.2× none",
            find("SendBenchmark." + method, "registry", "crowd", "receivers", receivers),
            find("SendBenchmark." + method, "registry", "bench", "receivers", receivers), 1.2);
      }
    }
    Row greenrobotStartup = find("StartupBenchmark.greenrobotRegisterWithIndex");
    ratio(targets, "greenrobot registering 1,000 with index ≥ 10× install",
        greenrobotStartup, find("StartupBenchmark.signals4jInstall"), -10);
    ratio(targets, "greenrobot registering 1,000 with index ≥ 10× install and resolve all",
        greenrobotStartup, find("StartupBenchmark.signals4jInstallAndResolve"), -10);
    for (String generated : new String[] {"1000", "10000"}) {
      ratio(targets, "javac, " + generated + " receivers: with processor ≤ 2× without",
          find("BuildBenchmark.compile", "generated", generated, "processor", "true"),
          find("BuildBenchmark.compile", "generated", generated, "processor", "false"), 2);
      int bytes = largestMethodBytes(Integer.parseInt(generated));
      if (bytes >= 0) {
        targets.add(new Target(
            "largest generated method at " + generated + " receivers ≤ 8000 bytes",
            largestMethod(Integer.parseInt(generated)), bytes <= 8000));
      }
    }
    overhead(targets, "Hibernate, 1,000 entities persisted, flushed, committed: emitter and 5"
            + " receivers ≤ 1.05× none",
        find("HibernateFlushBenchmark.persistFlushCommit", "emitter", "signals"),
        find("HibernateFlushBenchmark.persistFlushCommit", "emitter", "none"), 1.05);
    for (String[] client : new String[][] {{"httpClient", "HttpClient"}, {"socket", "socket"}}) {
      overhead(targets, "Jetty, trivial request (" + client[1] + "): SignalsFilter and 3 receivers"
              + " ≤ 1.05× none",
          find("RequestBenchmark." + client[0], "filter", "signals"),
          find("RequestBenchmark." + client[0], "filter", "none"), 1.05);
    }
    return targets;
  }

  /**
   * Adds a target on {@code a / b}: at most {@code limit} when it is positive, at least {@code
   * -limit} when it is negative.
   */
  private static void ratio(List<Target> targets, String target, Row a, Row b, double limit) {
    if (a == null || b == null) {
      return;
    }
    double ratio = a.score() / b.score();
    boolean met = limit > 0 ? ratio <= limit : ratio >= -limit;
    targets.add(new Target(target,
        String.format(Locale.ROOT, "%.2f× (%s / %s %s)", ratio, format(a.score()),
            format(b.score()), b.unit()),
        met));
  }

  /**
   * Adds a target on what {@code with} costs next to {@code without}, at most {@code limit} times
   * as much: the ratio with its error (the two 99.9% intervals combined as relative errors), and
   * the difference in allocation per operation.
   */
  private static void overhead(
      List<Target> targets, String target, Row with, Row without, double limit) {
    if (with == null || without == null) {
      return;
    }
    double ratio = with.score() / without.score();
    double error = ratio * Math.hypot(
        with.error() / with.score(), without.error() / without.score());
    targets.add(new Target(target,
        String.format(Locale.ROOT, "%.3f× ± %s (%s ± %s / %s ± %s %s; %s%s B/op)", ratio,
            Double.isNaN(error) ? "–" : String.format(Locale.ROOT, "%.3f", error),
            format(with.score()), format(with.error()), format(without.score()),
            format(without.error()), without.unit(),
            with.bytesPerOp() >= without.bytesPerOp() ? "+" : "−",
            format(Math.abs(with.bytesPerOp() - without.bytesPerOp()))),
        ratio <= limit));
  }

  private static void zeroAllocation(List<Target> targets, String target, Row row) {
    if (row == null || Double.isNaN(row.bytesPerOp())) {
      return;
    }
    // -prof gc reports a fraction of a byte per operation when a rare allocation (JMH's own, a
    // GC-triggered one) is spread over billions of operations: below one byte is nothing.
    targets.add(new Target(target, format(row.bytesPerOp()) + " B/op", row.bytesPerOp() < 1));
  }

  static String format(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    return value >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  /** The results table, the targets and the largest generated methods, in Markdown. */
  String markdown(String mode) {
    StringBuilder text = new StringBuilder();
    if (mode.equals("quick")) {
      text.append("Quick run: every benchmark ran once, briefly, unforked; the numbers mean"
          + " nothing.\n\n");
    }
    for (String note : notes) {
      text.append("- ").append(note).append('\n');
    }
    if (!notes.isEmpty()) {
      text.append('\n');
    }
    text.append("| benchmark | score | ± error (99.9%) | fork means | unit | allocated B/op |\n")
        .append("|---|---:|---:|---:|---|---:|\n");
    for (Row row : rows) {
      text.append("| ").append(row.label())
          .append(" | ").append(format(row.score()))
          .append(" | ").append(format(row.error()))
          .append(" | ").append(row.spread())
          .append(" | ").append(row.unit())
          .append(" | ").append(format(row.bytesPerOp()))
          .append(" |\n");
    }
    text.append("\n| target | measured | met |\n|---|---|---|\n");
    for (Target target : targets()) {
      text.append("| ").append(target.target())
          .append(" | ").append(target.measured())
          .append(" | ").append(target.met() ? "yes" : "**no**")
          .append(" |\n");
    }
    return text.toString();
  }
}
