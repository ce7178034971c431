package io.signals4j.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reports {@code @Receiver} methods of local and anonymous classes (see {@link
 * LocalClassScanner}): the second processor of the jar, because of when javac calls processors.
 *
 * <p>javac calls a processor only in rounds whose sources carry an annotation it supports, and it
 * never sees annotations inside method bodies; so in a module whose only receivers are in local
 * classes, {@link SignalsProcessor} is never called and such a receiver would vanish without a
 * word. This processor supports {@code "*"}, and claims nothing (it returns false), so every
 * other processor still gets every annotation. javac stops offering a round to further processors
 * once all its annotations are claimed, so {@link SignalsProcessor} scans too, in the rounds it is
 * called in; the two share what they have scanned, so that each receiver is reported once whatever
 * order they run in.
 */
@AutoService(Processor.class)
public final class LocalReceiverProcessor extends AbstractProcessor {

  private LocalClassScanner scanner;
  private final Set<String> skipped = new HashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Trees trees = CompilerTrees.of(env);
    scanner = new LocalClassScanner(trees, new Diagnostics(env.getMessager(), trees));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!round.processingOver()) {
      for (Element root : round.getRootElements()) {
        if (generatedBySignals4j(root)) {
          skipped.add(((TypeElement) root).getQualifiedName().toString());
        }
      }
      scanner.reportReceivers(round, skipped);
    }
    return false;
  }

  /** The registry and dispatchers declare no receivers, and make up most of the source to scan. */
  private static boolean generatedBySignals4j(Element root) {
    for (AnnotationMirror annotation : root.getAnnotationMirrors()) {
      if (SourceNames.annotationName(annotation).equals("javax.annotation.processing.Generated")
          && annotation.getElementValues().values().stream()
              .anyMatch(v -> String.valueOf(v.getValue()).contains(RegistryWriter.PROCESSOR))) {
        return true;
      }
    }
    return false;
  }
}
