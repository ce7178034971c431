package io.signals4j.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Test sources under {@code src/test/resources} ({@code good/}, {@code bad/}) and golden files
 * under {@code expected/}.
 *
 * <p>Run with {@code -Dsignals4j.rewriteGoldens=true} to write the actual output back into {@code
 * src/test/resources/expected/} instead of comparing; review the diff before committing it.
 */
final class TestSources {

  static final boolean REWRITE = Boolean.getBoolean("signals4j.rewriteGoldens");
  private static final Path EXPECTED_SOURCE = Paths.get("src/test/resources/expected");

  private TestSources() {}

  /** Every {@code .java} file under a resource folder, in path order. */
  static List<JavaFileObject> sources(String folder) {
    URL url = TestSources.class.getClassLoader().getResource(folder);
    if (url == null) {
      throw new IllegalArgumentException("No test resources at " + folder);
    }
    try (Stream<Path> files = Files.walk(Paths.get(url.toURI()))) {
      List<JavaFileObject> sources = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
        sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One source file under a resource folder, for {@code inFile} assertions. */
  static JavaFileObject source(String path) {
    return JavaFileObjects.forResource(path);
  }

  /** Compiles with the processor and {@code -Xlint:all -Werror}, as strict users do. */
  static Compilation compile(List<JavaFileObject> sources, String... options) {
    List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror"));
    all.addAll(List.of(options));
    return Compiler.javac().withProcessors(SignalsProcessors.all()).withOptions(all).compile(sources);
  }

  /** The text of a generated file, found by the end of its path. */
  static String generated(Compilation compilation, String pathSuffix) {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.toUri().getPath().endsWith("/" + pathSuffix)) {
        try {
          return file.getCharContent(true).toString();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new AssertionError(
        "No generated file " + pathSuffix + " in "
            + compilation.generatedFiles().stream().map(f -> f.toUri().getPath()).collect(Collectors.toList()));
  }

  /** Compares a generated file with {@code expected/<golden>}, or rewrites the golden file. */
  static void assertGolden(Compilation compilation, String pathSuffix, String golden) {
    String actual = generated(compilation, pathSuffix);
    Path file = EXPECTED_SOURCE.resolve(golden);
    if (REWRITE) {
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    URL url = TestSources.class.getClassLoader().getResource("expected/" + golden);
    assertWithMessage("golden file expected/%s is missing; run with -Dsignals4j.rewriteGoldens=true", golden)
        .that(url)
        .isNotNull();
    try {
      String expected = Files.readString(Paths.get(url.toURI()), StandardCharsets.UTF_8);
      assertWithMessage("%s differs from expected/%s (rewrite with -Dsignals4j.rewriteGoldens=true)", pathSuffix, golden)
          .that(actual)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
