package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module's test sources get a registry of their own beside the main one, and a registry name
 * that another module's registry already has on the class path is an error, not a registry that
 * hides the other at run time.
 */
class RegistryNamingTest {

  @Test
  void testCompilationOfMavenGetsItsOwnDefaultName(@TempDir Path module) {
    Path main = module.resolve("target/classes");
    JavacRunner.compile(TestSources.sources("good/minimal"), main);
    JavacRunner.Result tests =
        JavacRunner.run(
            TestSources.sources("good/deferred"),
            module.resolve("target/test-classes"),
            module.resolve("target/generated-test-sources/test-annotations"),
            List.of(main));
    assertThat(tests.diagnostics()).isEmpty();
    assertThat(Files.exists(module.resolve("target/test-classes/com/example/SignalsRegistryForTests.class"))).isTrue();
    assertThat(Files.exists(module.resolve("target/classes/com/example/SignalsRegistry.class"))).isTrue();
  }

  @Test
  void testCompilationOfGradleGetsItsOwnDefaultName(@TempDir Path module) {
    JavacRunner.Result tests =
        JavacRunner.run(
            TestSources.sources("good/minimal"),
            module.resolve("build/classes/java/test"),
            module.resolve("build/generated/sources/annotationProcessor/java/test"),
            List.of());
    assertThat(tests.diagnostics()).isEmpty();
    assertThat(Files.exists(module.resolve("build/classes/java/test/com/example/SignalsRegistryForTests.class"))).isTrue();
  }

  @Test
  void registryNamedByOptionInATestCompilationGetsTheSuffixToo(@TempDir Path module) {
    JavacRunner.Result tests =
        JavacRunner.run(
            TestSources.sources("good/minimal"),
            module.resolve("target/test-classes"),
            module.resolve("target/generated-test-sources/test-annotations"),
            List.of(),
            "-A" + SignalsProcessor.REGISTRY_OPTION + "=com.example.AppSignals");
    assertThat(tests.diagnostics()).isEmpty();
    assertThat(Files.exists(module.resolve("target/test-classes/com/example/AppSignalsForTests.class"))).isTrue();
  }

  @Test
  void registryOfAnEarlierBuildInTheSameOutputIsNoClash(@TempDir Path module) {
    Path main = module.resolve("target/classes");
    JavacRunner.compile(TestSources.sources("good/minimal"), main);
    JavacRunner.Result again =
        JavacRunner.run(TestSources.sources("good/minimal"), main, module.resolve("target/generated-sources"), List.of(main));
    // javac itself warns that the class exists (Maven deletes what it compiled before it
    // recompiles, so builds never see it); the processor has nothing to add.
    assertThat(again.diagnostics().stream().map(d -> d.getMessage(null)).filter(m -> m.contains("[Signals")).toList())
        .isEmpty();
  }

  @Test
  void registryNameOfADependencyOnTheClassPathIsRejected(@TempDir Path root) {
    Path dependency = root.resolve("library/target/classes");
    JavacRunner.compile(TestSources.sources("good/minimal"), dependency);
    JavacRunner.Result app =
        JavacRunner.run(
            TestSources.sources("good/deferred"),
            root.resolve("app/target/classes"),
            root.resolve("app/target/generated-sources/annotations"),
            List.of(dependency));
    assertThat(app.success()).isFalse();
    assertThat(app.errors()).hasSize(1);
    assertThat(app.errors().get(0))
        .startsWith(
            "[SignalsRegistryNameClash] registry com.example.SignalsRegistry would have the name of"
                + " class com.example.SignalsRegistry on the class path");
    assertThat(app.errors().get(0)).contains("name the registry with @SignalsApp(registry = ");
    assertThat(app.diagnostics().get(0).getSource().getName()).endsWith("OrderReceivers.java");
  }
}
