package io.signals4j.it.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Signals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime is a real named module: jlink links it with an application module that declares
 * receivers into a runtime image, and the image runs, installing the registry by name and finding
 * it through {@code provides} on the module path.
 */
class JlinkIT {

  @Test
  void namedApplicationModuleLinksWithJlinkAndRuns() throws Exception {
    Path app = Path.of(System.getProperty("modular.jar"));
    Path runtime = Path.of(Signals.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path image = Path.of(System.getProperty("modular.image"));
    deleteRecursively(image);

    ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status = jlink.run(print, print,
        "--module-path", app + java.io.File.pathSeparator + runtime,
        "--add-modules", "io.signals4j.it.modular",
        "--output", image.toString(),
        "--strip-debug", "--no-header-files", "--no-man-pages");
    assertEquals(0, status, out.toString(StandardCharsets.UTF_8));

    Process run = new ProcessBuilder(
            image.resolve("bin").resolve("java").toString(),
            "-m", "io.signals4j.it.modular/io.signals4j.it.modular.Main")
        .redirectErrorStream(true)
        .start();
    assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the image's java did not finish");
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, run.exitValue(), output);
    assertEquals(
        List.of("hello, module", "hello, discovery", "discovered the same registry: true"),
        output.lines().toList());
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
