package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.signals4j.processor.TestSources.assertGolden;
import static io.signals4j.processor.TestSources.compile;
import static io.signals4j.processor.TestSources.sources;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One golden file per shape of generated code; behaviour is tested in {@link RegistryBehaviourTest}. */
class RegistryGoldenTest {

  @Test
  void minimalRegistry() {
    Compilation compilation = compile(sources("good/minimal"));
    assertThat(compilation).succeededWithoutWarnings();
    assertGolden(compilation, "com/example/SignalsRegistry.java", "minimal/SignalsRegistry.java");
    assertGolden(
        compilation, "META-INF/services/io.signals4j.SignalRegistry", "minimal/io.signals4j.SignalRegistry");
  }

  @Test
  void senderFilters() {
    Compilation compilation = compile(sources("good/senders"));
    assertThat(compilation).succeededWithoutWarnings();
    assertGolden(compilation, "com/example/SignalsRegistry.java", "senders/SignalsRegistry.java");
  }

  @Test
  void receiversReport() {
    Compilation compilation = compile(sources("good/senders"));
    assertThat(compilation).succeededWithoutWarnings();
    assertGolden(
        compilation, "META-INF/signals4j/com.example.SignalsRegistry.txt", "senders/com.example.SignalsRegistry.txt");
    assertGolden(
        compilation, "META-INF/signals4j/com.example.SignalsRegistry.json", "senders/com.example.SignalsRegistry.json");
  }

  @Test
  void deferredReceiversAreDescribedWithTheirPhaseAndLeftOutOfStraightLineRoutes() {
    Compilation compilation = compile(sources("good/deferred"));
    assertThat(compilation).succeededWithoutWarnings();
    assertGolden(compilation, "com/example/SignalsRegistry.java", "deferred/SignalsRegistry.java");
    assertGolden(
        compilation, "META-INF/signals4j/com.example.SignalsRegistry.txt", "deferred/com.example.SignalsRegistry.txt");
    assertGolden(
        compilation, "META-INF/signals4j/com.example.SignalsRegistry.json", "deferred/com.example.SignalsRegistry.json");
  }

  @Test
  void instanceReceiversConstructedAndSupplied() {
    Compilation compilation = compile(sources("good/instances"));
    assertThat(compilation).succeededWithoutWarnings();
    assertGolden(compilation, "com/example/SignalsRegistry.java", "instances/SignalsRegistry.java");
  }

  @Test
  void packagePrivateReceiversGoThroughAPackageDispatcher() {
    Compilation compilation = compile(sources("good/packageprivate"));
    assertThat(compilation).succeededWithoutWarnings();
    assertGolden(compilation, "com/example/app/AppSignals.java", "packageprivate/AppSignals.java");
    assertGolden(
        compilation,
        "com/example/hidden/SignalsDispatcher_AppSignals.java",
        "packageprivate/SignalsDispatcher_AppSignals.java");
  }

  @Test
  void deprecatedReceiversCompileUnderWerror() {
    // -Xlint:all -Werror: a deprecation or removal warning in generated code fails the compilation.
    Compilation compilation = compile(sources("good/deprecated"));
    assertThat(compilation).succeededWithoutWarnings();
    assertGolden(compilation, "com/example/AppSignals.java", "deprecated/AppSignals.java");
    assertGolden(
        compilation,
        "com/example/hidden/SignalsDispatcher_AppSignals.java",
        "deprecated/SignalsDispatcher_AppSignals.java");
  }

  @Test
  void deprecatedReceiversCompileUnderWerrorWhenChunked() {
    assertThat(compile(sources("good/deprecated"), "-A" + SignalsProcessor.MAX_CASES_OPTION + "=2"))
        .succeededWithoutWarnings();
  }

  @Test
  void chunkedSwitches() {
    Compilation compilation =
        compile(sources("good/senders"), "-A" + SignalsProcessor.MAX_CASES_OPTION + "=2");
    assertThat(compilation).succeededWithoutWarnings();
    assertGolden(compilation, "com/example/SignalsRegistry.java", "chunked/SignalsRegistry.java");
  }

  @Test
  void chunkMethodsAreNamedByTheIdsTheyCover() {
    String registry =
        TestSources.generated(
            compile(sources("good/senders"), "-A" + SignalsProcessor.MAX_CASES_OPTION + "=2"),
            "com/example/SignalsRegistry.java");
    // Five receivers, two to a switch: invoke switches over receiverId / 4 to a method for ids 0
    // to 3, which switches over receiverId / 2 to the methods for 0 to 1 and 2 to 3; id 4, alone
    // under its label, is reached directly.
    assertThat(registry).contains("return Invoke0.invoke0To3(receiverId,");
    assertThat(registry).contains("static Object invoke0To3(int receiverId,");
    assertThat(registry).contains("static Object invoke0To1(int receiverId,");
    assertThat(registry).contains("static Object invoke2To3(int receiverId,");
    assertThat(registry).contains("return Invoke0.invoke4To4(receiverId,");
    assertThat(registry).contains("private static final class Invoke0 {");
  }

  @Test
  void generatedLinesStayWithin100Columns() throws IOException {
    for (Compilation compilation :
        List.of(
            compile(sources("good/senders"), "-A" + SignalsProcessor.MAX_CASES_OPTION + "=2"),
            compile(sources("good/packageprivate")),
            compile(sources("good/deprecated")),
            compile(sources("good/instances")))) {
      for (JavaFileObject file : compilation.generatedSourceFiles()) {
        for (String line : file.getCharContent(true).toString().split("\n")) {
          assertWithMessage("%s", file.getName()).that(line.length()).isAtMost(100);
        }
      }
    }
  }

  @Test
  void registryNamedByOption() {
    Compilation compilation =
        compile(sources("good/minimal"), "-A" + SignalsProcessor.REGISTRY_OPTION + "=com.other.Named");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.other.Named");
  }
}
