package io.signals4j.bench;

import io.signals4j.bench.sources.ReceiverSourceWriter;
import io.signals4j.processor.SignalsProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Build cost: javac compiling generated receivers with the signals4j processor against the same
 * sources without any processor. javac runs in the benchmark JVM; the warm-up compilations warm it
 * up as a build daemon is. The processor runs also record the largest generated method.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class BuildBenchmark {

  /** Where the largest generated method is recorded; see {@link BenchmarkMain}. */
  static final String SIZES_PROPERTY = "signals4j.bench.methodSizes";

  @Param({"1000", "10000"})
  public int generated;

  @Param({"false", "true"})
  public boolean processor;

  private Path sources;
  private List<Path> files;
  private Path classes;

  @Setup(Level.Trial)
  public void writeSources() throws IOException {
    sources = Files.createTempDirectory("signals4j-build-sources");
    files = ReceiverSourceWriter.write(
        sources, "io.signals4j.bench.build", "BuildSignals", false, false, generated, 0);
  }

  @Setup(Level.Invocation)
  public void freshOutput() throws IOException {
    classes = Files.createTempDirectory("signals4j-build-classes");
  }

  @Benchmark
  public Path compile() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
      List<String> options = new ArrayList<>(List.of(
          "-d", classes.toString(),
          "-classpath", System.getProperty("java.class.path"),
          "--release", "17"));
      if (!processor) {
        options.add("-proc:none");
      }
      JavaCompiler.CompilationTask task = javac.getTask(
          diagnostics, fileManager, null, options, null,
          fileManager.getJavaFileObjectsFromPaths(files));
      if (processor) {
        // Named rather than discovered: the benchmark jar also holds other processors.
        task.setProcessors(List.of(new SignalsProcessor()));
      }
      if (!task.call()) {
        throw new IllegalStateException("javac failed:\n" + diagnostics);
      }
    }
    return classes;
  }

  @TearDown(Level.Invocation)
  public void recordAndDelete() throws IOException {
    if (processor) {
      MethodSizes.Largest largest = MethodSizes.largestGenerated(classes);
      String file = System.getProperty(SIZES_PROPERTY);
      String line = generated + "\t" + largest.bytes() + "\t" + largest.method() + "\n";
      if (file != null) {
        Files.writeString(Path.of(file), line,
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      }
    }
    delete(classes);
  }

  @TearDown(Level.Trial)
  public void deleteSources() throws IOException {
    delete(sources);
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
