package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names past the 255 bytes that file systems allow for a file name: the report fits anyway, and a
 * registry whose own class files cannot is a tagged error, never an exception from the Filer.
 */
class FileNameLimitTest {

  @Test
  void reportOfARegistryInAVeryLongPackageGoesIntoPackageDirectories(@TempDir Path out) {
    String pkg = String.join(".", java.util.Collections.nCopies(36, "segment"));
    JavacRunner.compile(
        TestSources.sources("good/minimal"), out, "-A" + SignalsProcessor.REGISTRY_OPTION + "=" + pkg + ".AppSignals");
    Path directory = out.resolve("META-INF/signals4j/" + pkg.replace('.', '/'));
    assertThat(Files.exists(directory.resolve("AppSignals.json"))).isTrue();
    assertThat(Files.exists(directory.resolve("AppSignals.txt"))).isTrue();
    assertThat(Files.exists(out.resolve(pkg.replace('.', '/')).resolve("AppSignals.class"))).isTrue();
  }

  @Test
  void registryNameTooLongForItsClassFilesIsATaggedError(@TempDir Path out) {
    String simpleName = "A".repeat(240);
    JavacRunner.Result result =
        JavacRunner.run(
            TestSources.sources("good/minimal"),
            out,
            out,
            List.of(),
            "-A" + SignalsProcessor.REGISTRY_OPTION + "=com.example." + simpleName);
    assertThat(result.success()).isFalse();
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0)).startsWith("[SignalsFileNameTooLong] registry com.example.AAAA");
    assertThat(result.errors().get(0)).contains("is longer than the 255 bytes file systems allow");
    assertThat(result.diagnostics().get(0).getSource().getName()).endsWith("Mailer.java");
  }
}
