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

  @Test
  void withoutTheTreeApiTheProcessorSaysWhatItCannotCheck() {
    List<Processor> hidden = new ArrayList<>();
    for (Processor processor : SignalsProcessors.all()) {
      hidden.add(new WrappingProcessor(processor, true));
    }
    Compilation compilation =
        Compiler.javac().withProcessors(hidden).withOptions("-Xlint:all", "-Werror").compile(TestSources.sources("good/minimal"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[SignalsNoTreeApi]");
    assertThat(compilation).generatedSourceFile("com.example.SignalsRegistry");
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
      wrapped.add(new WrappingProcessor(processor, false));
    }
    return Compiler.javac().withProcessors(wrapped).withOptions("-Xlint:all", "-Werror").compile(sources);
  }

  /** Hands the processor a wrapper of javac's environment, as Gradle's incremental processing does. */
  private record WrappingProcessor(Processor delegate, boolean opaque) implements Processor {
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
      delegate.init(opaque ? new OpaqueEnvironment(env) : new WrappedEnvironment(env));
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

  /** Forwards everything to the environment {@link #delegate()} finds. */
  private abstract static class ForwardingEnvironment implements ProcessingEnvironment {
    abstract ProcessingEnvironment delegate();

    @Override
    public Map<String, String> getOptions() {
      return delegate().getOptions();
    }

    @Override
    public Messager getMessager() {
      return delegate().getMessager();
    }

    @Override
    public Filer getFiler() {
      return delegate().getFiler();
    }

    @Override
    public Elements getElementUtils() {
      return delegate().getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return delegate().getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return delegate().getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return delegate().getLocale();
    }
  }

  /** The shape of Gradle's IncrementalProcessingEnvironment: a private final delegate field. */
  private static final class WrappedEnvironment extends ForwardingEnvironment {
    private final ProcessingEnvironment delegate;

    WrappedEnvironment(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override
    ProcessingEnvironment delegate() {
      return delegate;
    }
  }

  /** A wrapper that keeps javac's environment where no one can find it, as another compiler would. */
  private static final class OpaqueEnvironment extends ForwardingEnvironment {
    private final Object[] hidden;

    OpaqueEnvironment(ProcessingEnvironment delegate) {
      this.hidden = new Object[] {delegate};
    }

    @Override
    ProcessingEnvironment delegate() {
      return (ProcessingEnvironment) hidden[0];
    }
  }
}
