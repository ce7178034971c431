package io.signals4j.processor;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The rule on {@code @Receiver} written on a record component: javac copies the annotation to the
 * accessor that it declares for the component, which takes no payload, so it is an error, reported
 * once per component and on the component, where the annotation is written (the accessor has no
 * source position). An accessor the record declares itself is a method like any other.
 */
final class RecordComponentValidator {

  private final Elements elements;
  private final Trees trees;
  private final Diagnostics diagnostics;
  private final Set<Element> reported = new HashSet<>();

  /** @param trees the compiler's tree API, or null when the compiler does not offer it */
  RecordComponentValidator(Elements elements, Trees trees, Diagnostics diagnostics) {
    this.elements = elements;
    this.trees = trees;
    this.diagnostics = diagnostics;
  }

  /**
   * Whether {@code method} is the accessor javac declared for an annotated record component;
   * reports it the first time.
   */
  boolean isComponentAccessor(ExecutableElement method) {
    RecordComponentElement component = elements.recordComponentFor(method);
    if (component == null || !implicitlyDeclared(method, component)) {
      return false;
    }
    if (reported.add(component)) {
      diagnostics.reportOnComponent(
          Message.RECORD_COMPONENT,
          component,
          component.getSimpleName(),
          SourceNames.type((TypeElement) method.getEnclosingElement()),
          method.getSimpleName());
    }
    return true;
  }

  /**
   * Whether {@code member} is one that javac declared for {@code declaration}, such as the accessor
   * of a record component that the record does not declare itself: its tree, if it has one, starts
   * where the declaration does. Without the tree API nothing tells, and it is taken to be.
   */
  private boolean implicitlyDeclared(Element member, Element declaration) {
    if (trees == null) {
      return true;
    }
    try {
      TreePath memberPath = trees.getPath(member);
      TreePath declarationPath = trees.getPath(declaration);
      if (memberPath == null || declarationPath == null) {
        return memberPath == null;
      }
      return start(memberPath) == start(declarationPath);
    } catch (RuntimeException e) {
      return true;
    }
  }

  private long start(TreePath path) {
    return trees.getSourcePositions().getStartPosition(path.getCompilationUnit(), path.getLeaf());
  }
}
