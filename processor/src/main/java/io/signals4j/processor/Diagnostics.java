package io.signals4j.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Reports {@link Message}s on elements and counts the errors, so the processor knows how it went. */
final class Diagnostics {

  private final Messager messager;
  private final Trees trees;
  private int errors;

  /**
   * @param trees javac's tree API, to place messages on repeated annotations; null where the
   *     compiler has none, and such messages go on the method
   */
  Diagnostics(Messager messager, Trees trees) {
    this.messager = messager;
    this.trees = trees;
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
    Tree repeated = annotation == null ? null : repeatedAnnotationTree(element, annotation, value);
    if (repeated != null) {
      trees.printMessage(
          message.kind(), message.format(args), repeated, trees.getPath(element).getCompilationUnit());
    } else {
      messager.printMessage(message.kind(), message.format(args), element, annotation, value);
    }
  }

  /**
   * The source of an annotation that javac has folded into its repeated-annotation container, or
   * of the offending value in it: javac's own messages can't find those and fall back on the
   * method. The container holds the annotations in source order, so the n-th value is the n-th
   * annotation of its type on the element. Null when the annotation is not in a container or has
   * no source.
   */
  private Tree repeatedAnnotationTree(Element element, AnnotationMirror annotation, AnnotationValue value) {
    if (trees == null || element.getAnnotationMirrors().contains(annotation)) {
      return null;
    }
    int index = indexInContainer(element, annotation);
    TreePath path = index < 0 ? null : trees.getPath(element);
    if (path == null || !(path.getLeaf() instanceof MethodTree method)) {
      return null;
    }
    String type = annotation.getAnnotationType().asElement().getSimpleName().toString();
    int seen = 0;
    for (AnnotationTree candidate : method.getModifiers().getAnnotations()) {
      String name = candidate.getAnnotationType().toString();
      if (!(name.equals(type) || name.endsWith("." + type)) || seen++ != index) {
        continue;
      }
      return value == null ? candidate : argumentTree(candidate, annotation, value);
    }
    return null;
  }

  private static int indexInContainer(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      for (AnnotationValue values : container.getElementValues().values()) {
        if (values.getValue() instanceof List<?> list) {
          for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof AnnotationValue item && item.getValue() == annotation) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  /** The {@code name = value} argument of {@code value}, or the whole annotation without one. */
  private static Tree argumentTree(AnnotationTree annotationTree, AnnotationMirror annotation, AnnotationValue value) {
    for (var entry : annotation.getElementValues().entrySet()) {
      if (entry.getValue() != value) {
        continue;
      }
      String name = entry.getKey().getSimpleName().toString();
      for (ExpressionTree argument : annotationTree.getArguments()) {
        if (argument instanceof AssignmentTree assignment
            && assignment.getVariable().toString().equals(name)) {
          return assignment.getExpression();
        }
      }
    }
    return annotationTree;
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

  /**
   * Reports on a record component, at its {@code @Receiver} when it has one: javac's own messages
   * find no source for record components. Falls back on the component element.
   */
  void reportOnComponent(Message message, Element component, Object... args) {
    TreePath path = componentPath(component);
    if (path == null) {
      report(message, component, args);
    } else {
      report(message, trees, path, args);
    }
  }

  private TreePath componentPath(Element component) {
    if (trees == null) {
      return null;
    }
    try {
      TreePath record = trees.getPath(component.getEnclosingElement());
      if (record == null || !(record.getLeaf() instanceof ClassTree type)) {
        return null;
      }
      for (Tree member : type.getMembers()) {
        if (member instanceof VariableTree variable
            && variable.getName().contentEquals(component.getSimpleName())) {
          TreePath path = new TreePath(record, member);
          for (AnnotationTree annotation : variable.getModifiers().getAnnotations()) {
            String name = annotation.getAnnotationType().toString();
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (simple.equals("Receiver") || simple.equals("Receivers")) {
              return new TreePath(new TreePath(path, variable.getModifiers()), annotation);
            }
          }
          return path;
        }
      }
    } catch (RuntimeException e) {
      // no trees for this element: the element itself is the best anchor left
    }
    return null;
  }

  int errorCount() {
    return errors;
  }
}
