package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Behind a wrapped processing environment, as Gradle runs processors, everything that needs
 * javac's tree API still works: receivers in local classes are found and errors on repeated
 * annotations keep their lines.
 */
class DelegatingEnvironmentTest {

  @Test
  void receiverInALocalClassIsFoundBehindAWrappedEnvironment() {
    assertRejectedBehindWrapper("LocalClass", "[SignalsInaccessibleClass]");
  }

  @Test
  void errorOnARepeatedAnnotationKeepsItsLineBehindAWrappedEnvironment() {
    assertRejectedBehindWrapper("RepeatedSenderMismatch", "[SignalsSenderMismatch]");
  }

  @Test
  void reportHasSourceLinesBehindAWrappedEnvironment() {
    Compilation compilation = compile(TestSources.sources("good/senders"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(TestSources.generated(compilation, "META-INF/signals4j/com.example.SignalsRegistry.txt"))
        .contains("com/example/ModelReceivers.java:9");
  }

  private static void assertRejectedBehindWrapper(String rule, String tag) {
    JavaFileObject source = TestSources.source("bad/rules/" + rule + ".java");
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
    sources.add(source);
    assertThat(compile(sources)).hadErrorContaining(tag).inFile(source).onLine(DiagnosticsTest.expectedLine(source));
  }

  private static Compilation compile(List<JavaFileObject> sources) {
    List<Processor> wrapped = new ArrayList<>();
    for (Processor processor : SignalsProcessors.all()) {
      wrapped.add(new WrappingProcessor(processor));
    }
    return Compiler.javac().withProcessors(wrapped).withOptions("-Xlint:all", "-Werror").compile(sources);
  }

  /** Hands the processor a wrapper of javac's environment, as Gradle's incremental processing does. */
  private record WrappingProcessor(Processor delegate) implements Processor {
    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment env) {
      delegate.init(new WrappedEnvironment(env));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }

  /** The shape of Gradle's IncrementalProcessingEnvironment: a private final delegate field. */
  private static final class WrappedEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment delegate;

    WrappedEnvironment(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override
    public Map<String, String> getOptions() {
      return delegate.getOptions();
    }

    @Override
    public Messager getMessager() {
      return delegate.getMessager();
    }

    @Override
    public Filer getFiler() {
      return delegate.getFiler();
    }

    @Override
    public Elements getElementUtils() {
      return delegate.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return delegate.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return delegate.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return delegate.getLocale();
    }
  }
}
