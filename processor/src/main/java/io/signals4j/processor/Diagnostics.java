package io.signals4j.processor;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Reports {@link Message}s on elements and counts the errors, so the processor knows how it went. */
final class Diagnostics {

  private final Messager messager;
  private int errors;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Reports on an element. */
  void report(Message message, Element element, Object... args) {
    report(message, element, null, null, args);
  }

  /**
   * Reports on the offending value of an annotation when there is one, so that the compiler
   * underlines {@code sender = User.class} rather than the whole method.
   */
  void report(
      Message message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... args) {
    if (message.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(message.kind(), message.format(args), element, annotation, value);
  }

  /**
   * Reports on a source tree, for what has no element yet: receivers in local and anonymous
   * classes, which javac enters after annotation processing.
   */
  void report(Message message, Trees trees, TreePath path, Object... args) {
    if (message.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    trees.printMessage(message.kind(), message.format(args), path.getLeaf(), path.getCompilationUnit());
  }

  int errorCount() {
    return errors;
  }
}
