package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The receivers report says where each receiver is declared, whichever round found it. */
class ReceiversReportTest {

  @Test
  void reportKeepsTheLinesOfReceiversFoundInAnEarlierRound() {
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
    sources.add(
        JavaFileObjects.forSourceLines(
            "com.example.Early",
            "package com.example;",
            "import io.signals4j.Receiver;",
            "final class Early {",
            "  @Receiver(signal = Notification.class)",
            "  static void on(Notification n) {}",
            "}"));
    sources.add(
        JavaFileObjects.forSourceLines(
            "com.example.Late",
            "package com.example;",
            "import io.signals4j.Receiver;",
            "final class Late {",
            "",
            "  @Receiver(signal = Notification.class)",
            "  static Generated on(Notification n) { return null; }",
            "}"));
    // First: javac offers no processor a round whose annotations the ones before it claimed.
    List<Processor> processors = new ArrayList<>(List.of(new GeneratingProcessor()));
    processors.addAll(SignalsProcessors.all());
    Compilation compilation =
        Compiler.javac().withProcessors(processors).withOptions("-Xlint:all", "-Werror").compile(sources);

    assertThat(compilation).succeededWithoutWarnings();
    String report = TestSources.generated(compilation, "META-INF/signals4j/com.example.SignalsRegistry.txt");
    // Early is found in the first round; Late waits for Generated, and the registry is written then.
    assertThat(report).contains("com/example/Early.java:4");
    assertThat(report).contains("com/example/Late.java:5");
  }

  /** Writes {@code com.example.Generated} in the first round, as another annotation processor would. */
  @SupportedAnnotationTypes("*")
  static final class GeneratingProcessor extends AbstractProcessor {
    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("com.example.Generated").openWriter()) {
          writer.write("package com.example;\nfinal class Generated {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
