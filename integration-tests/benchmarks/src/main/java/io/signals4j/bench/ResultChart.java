package io.signals4j.bench;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * Draws the results of one run: the cost of a send by each way of dispatching, the start-up cost
 * of 1,000 receivers, and the build cost. Logarithmic axes, because the peers are two orders of
 * magnitude away from a direct call.
 *
 * <pre>
 * java -cp benchmarks.jar io.signals4j.bench.ResultChart results.json chart.png
 * </pre>
 */
public final class ResultChart {

  private static final int WIDTH = 1200;

  /** Where the logarithmic axes start, and what a benchmark without result is drawn as. */
  private static final double FLOOR = 1;

  private ResultChart() {}

  /** Draws {@code chart.png} from a {@code results.json} written by JMH. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ResultChart <results.json> <chart.png>");
    }
    Path json = Path.of(args[0]);
    write(ResultReport.read(json, json.resolveSibling("method-sizes.tsv")), Path.of(args[1]));
  }

  static void write(ResultReport report, Path png) throws IOException {
    // Drawn without a screen, as on a build machine.
    System.setProperty("java.awt.headless", "true");
    List<Chart<?, ?>> charts = new ArrayList<>();
    charts.add(dispatch(report));
    charts.add(startup(report));
    charts.add(build(report));
    BitmapEncoder.saveBitmap(charts, charts.size(), 1, png.toString(), BitmapFormat.PNG);
  }

  private static CategoryChart dispatch(ResultReport report) {
    CategoryChart chart = new CategoryChartBuilder()
        .width(WIDTH).height(560)
        .title("One send: signals4j (fire, send, sendRobust) against direct calls and the peers"
            + " (ns/op, log scale; lower is better)")
        .yAxisTitle("ns per send")
        .build();
    style(chart);
    String[][] ways = {
        {"direct calls", "DirectBenchmark.direct"},
        {"interface loop", "DirectBenchmark.interfaceLoop"},
        {"fire", "SendBenchmark.fire", "bench"},
        {"fire, +10k others", "SendBenchmark.fire", "crowd"},
        {"send", "SendBenchmark.send", "bench"},
        {"sendRobust", "SendBenchmark.sendRobust", "bench"},
        {"greenrobot+index", "PeerBenchmark.greenrobot"},
        {"Guava", "PeerBenchmark.guava"},
        {"Spring", "PeerBenchmark.spring"},
    };
    for (String receivers : new String[] {"1", "10", "100"}) {
      List<String> names = new ArrayList<>();
      List<Double> scores = new ArrayList<>();
      for (String[] way : ways) {
        ResultReport.Row row;
        if (way[1].startsWith("DirectBenchmark")) {
          row = report.find(way[1] + receivers);
        } else if (way.length == 3) {
          row = report.find(way[1], "registry", way[2], "receivers", receivers);
        } else {
          row = report.find(way[1], "receivers", receivers);
        }
        names.add(way[0]);
        // A log axis cannot show a missing bar as zero: 1 ns, the floor of the axis, shows none.
        scores.add(row == null ? FLOOR : row.score());
      }
      chart.addSeries(receivers + (receivers.equals("1") ? " receiver" : " receivers"),
          names, scores);
    }
    return chart;
  }

  private static CategoryChart startup(ResultReport report) {
    CategoryChart chart = new CategoryChartBuilder()
        .width(WIDTH).height(420)
        .title("Start-up: 1,000 receivers ready, cold JVM (µs, log scale; lower is better)")
        .yAxisTitle("µs")
        .build();
    style(chart);
    chart.getStyler().setLegendVisible(false);
    bars(chart, report, "StartupBenchmark", new String[][] {
        {"receiver classes alone (all pay)", "receiverClassesAlone"},
        {"signals4j install", "signals4jInstall"},
        {"signals4j install + resolve all", "signals4jInstallAndResolve"},
        {"greenrobot + index", "greenrobotRegisterWithIndex"},
        {"Guava register", "guavaRegister"},
        {"Spring refresh", "springRefresh"},
    });
    return chart;
  }

  private static CategoryChart build(ResultReport report) {
    CategoryChart chart = new CategoryChartBuilder()
        .width(WIDTH).height(420)
        .title("Build: javac on generated receivers (ms; lower is better)")
        .yAxisTitle("ms")
        .build();
    style(chart);
    chart.getStyler().setYAxisLogarithmic(false);
    for (String processor : new String[] {"false", "true"}) {
      List<String> names = new ArrayList<>();
      List<Double> scores = new ArrayList<>();
      for (String generated : new String[] {"1000", "10000"}) {
        ResultReport.Row row = report.find(
            "BuildBenchmark.compile", "generated", generated, "processor", processor);
        names.add(generated + " receivers");
        scores.add(row == null ? 0 : row.score());
      }
      chart.addSeries(processor.equals("true") ? "javac + signals4j processor" : "javac alone",
          names, scores);
    }
    return chart;
  }

  private static void bars(
      CategoryChart chart, ResultReport report, String benchmark, String[][] bars) {
    List<String> names = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (String[] bar : bars) {
      ResultReport.Row row = report.find(benchmark + "." + bar[1]);
      names.add(bar[0]);
      scores.add(row == null ? FLOOR : row.score());
    }
    chart.addSeries("time", names, scores);
  }

  private static void style(CategoryChart chart) {
    CategoryStyler styler = chart.getStyler();
    styler.setYAxisLogarithmic(true);
    styler.setYAxisMin(FLOOR);
    styler.setLegendPosition(LegendPosition.InsideNW);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotGridVerticalLinesVisible(false);
    styler.setLabelsVisible(true);
    styler.setLabelsFontColorAutomaticEnabled(false);
    styler.setLabelsFontColor(Color.DARK_GRAY);
    styler.setLabelsRotation(90);
    styler.setAvailableSpaceFill(0.85);
    styler.setOverlapped(false);
    styler.setDecimalPattern("#,##0.#");
    styler.setYAxisDecimalPattern("#,##0");
  }
}
