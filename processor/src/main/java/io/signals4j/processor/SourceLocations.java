package io.signals4j.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Where each receiver is declared, for the receivers report ({@link ReportWriter}): its source file
 * and line.
 *
 * <p>A location is looked up in the round that found its receiver ({@link #remember}) and kept
 * until the report is written, which may be a later round: javac enters its sources afresh each
 * round, and the tree API finds no tree for an element of an earlier round.
 */
final class SourceLocations {

  /**
   * Where one receiver is declared.
   *
   * @param file the source file as package path and file name ({@code com/x/Mailer.java}), or
   *     null when the compiler does not tell
   * @param line the line of the declaration, or 0 when the compiler does not tell
   */
  record Location(String file, int line) {
    static final Location UNKNOWN = new Location(null, 0);
  }

  private final Trees trees;
  private final Map<Element, ClassTrees> classTrees = new HashMap<>();
  private final Map<ExecutableElement, Location> locations = new HashMap<>();

  /** @param trees the compiler's tree API, or null, when no location is known */
  SourceLocations(Trees trees) {
    this.trees = trees;
  }

  /** Looks up where {@code method} is declared, while this round's trees can tell. */
  void remember(ExecutableElement method) {
    locations.computeIfAbsent(method, m -> new Location(sourceFile(m), line(m)));
  }

  /** Where {@code method} is declared, as remembered; unknown if it never was. */
  Location of(ExecutableElement method) {
    return locations.getOrDefault(method, Location.UNKNOWN);
  }

  private String sourceFile(ExecutableElement method) {
    CompilationUnitTree unit = unit(method);
    if (unit == null) {
      return null;
    }
    String file = unit.getSourceFile().getName();
    file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    String pkg = RegistryModel.packageOf(method);
    return pkg.isEmpty() ? file : pkg.replace('.', '/') + "/" + file;
  }

  private int line(ExecutableElement method) {
    try {
      CompilationUnitTree unit = unit(method);
      if (unit == null) {
        return 0;
      }
      Tree tree = classTrees(method).methods().get(method);
      if (tree == null) {
        tree = trees.getPath(method).getLeaf();
      }
      long position = trees.getSourcePositions().getStartPosition(unit, tree);
      return position < 0 ? 0 : (int) unit.getLineMap().getLineNumber(position);
    } catch (RuntimeException e) {
      return 0; // a compiler that does not keep trees: the report goes without lines
    }
  }

  private CompilationUnitTree unit(ExecutableElement method) {
    if (trees == null) {
      return null;
    }
    try {
      ClassTrees found = classTrees(method);
      if (found.methods().containsKey(method)) {
        return found.unit();
      }
      TreePath path = trees.getPath(method);
      return path == null ? null : path.getCompilationUnit();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The trees of a method's class, found once per class: {@code Trees.getPath(method)} walks the
   * compilation unit from its top down to the method, so asking it for each of a class's receivers
   * costs time quadratic in the size of the class. A method not found here (a compiler that builds
   * trees differently) is asked for on its own.
   */
  private ClassTrees classTrees(ExecutableElement method) {
    return classTrees.computeIfAbsent(method.getEnclosingElement(), this::findClassTrees);
  }

  private ClassTrees findClassTrees(Element owner) {
    try {
      TreePath path = trees.getPath(owner);
      if (path == null || !(path.getLeaf() instanceof ClassTree type)) {
        return ClassTrees.NONE;
      }
      Map<Element, Tree> methods = new HashMap<>();
      for (Tree member : type.getMembers()) {
        if (member instanceof MethodTree) {
          Element element = trees.getElement(new TreePath(path, member));
          if (element != null) {
            methods.putIfAbsent(element, member);
          }
        }
      }
      return new ClassTrees(path.getCompilationUnit(), methods);
    } catch (RuntimeException e) {
      return ClassTrees.NONE;
    }
  }

  /** A class's compilation unit and the trees of its methods, by element. */
  private record ClassTrees(CompilationUnitTree unit, Map<Element, Tree> methods) {
    static final ClassTrees NONE = new ClassTrees(null, Map.of());
  }
}
