package io.signals4j.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds {@code @Receiver} methods in local and anonymous classes, and in classes nested in them,
 * and reports them as {@link Message#INACCESSIBLE_CLASS}.
 *
 * <p>javac enters local and anonymous classes only when it attributes method bodies, after
 * annotation processing, so {@code getElementsAnnotatedWith} never returns their methods and
 * such a receiver would be dropped without a word. The parse trees do hold them: this scans the
 * trees of the round's sources, matching the annotation by name as its compilation unit imports it.
 */
final class LocalClassScanner {

  private static final String PACKAGE = "io.signals4j";

  /**
   * The sources already scanned in each compilation, by URI, shared by the two processors of the
   * jar (each scans in the rounds javac calls it in; see {@link LocalReceiverProcessor}) so that
   * no receiver is reported twice. Weak keys: a compilation's entry goes with its tree API.
   */
  private static final Map<Trees, Set<String>> SCANNED = Collections.synchronizedMap(new WeakHashMap<>());

  private final Trees trees;
  private final Diagnostics diagnostics;
  private final Set<String> scanned;

  /** @param trees the compiler's tree API, or null, when nothing is scanned */
  LocalClassScanner(Trees trees, Diagnostics diagnostics) {
    this.trees = trees;
    this.diagnostics = diagnostics;
    this.scanned =
        trees == null
            ? new HashSet<>()
            : SCANNED.computeIfAbsent(trees, t -> Collections.synchronizedSet(new HashSet<>()));
  }

  /**
   * Reports the receivers declared in local and anonymous classes of the round's sources.
   *
   * @param skipped the qualified names of classes not to scan: those the processor generated, which
   *     declare no receiver and make up most of the source of the round after they were written
   */
  void reportReceivers(RoundEnvironment round, Set<String> skipped) {
    if (trees == null) {
      return;
    }
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type && skipped.contains(type.getQualifiedName().toString())) {
        continue;
      }
      TreePath path;
      try {
        path = trees.getPath(root);
      } catch (RuntimeException e) {
        continue;
      }
      if (path != null && scanned.add(path.getCompilationUnit().getSourceFile().toUri().toString())) {
        new Finder(path.getCompilationUnit()).scan(path.getCompilationUnit(), null);
      }
    }
  }

  /** Walks one compilation unit, keeping the local or anonymous class the walk is inside. */
  private final class Finder extends TreePathScanner<Void, Void> {
    private final Set<String> names;
    private String container; // "local class Local" or "an anonymous class", the innermost
    private String reason; // why the class being walked cannot be reached, or null if it can
    private String owner; // the class being walked, as messages name it

    Finder(CompilationUnitTree unit) {
      this.names = annotationNames(unit);
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      String savedContainer = container;
      String savedReason = reason;
      String savedOwner = owner;
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      if (parent instanceof NewClassTree created) {
        container = "an anonymous class";
        reason = "is an anonymous class";
        owner = "new " + created.getIdentifier() + "() {...}";
      } else if (!(parent instanceof ClassTree) && !(parent instanceof CompilationUnitTree)) {
        container = "local class " + tree.getSimpleName();
        reason = "is a local class";
        owner = tree.getSimpleName().toString();
      } else {
        reason = reason == null ? null : "is nested in " + container;
        owner = owner == null || owner.startsWith("new ") ? tree.getSimpleName().toString() : owner + "." + tree.getSimpleName();
      }
      try {
        return super.visitClass(tree, null);
      } finally {
        container = savedContainer;
        reason = savedReason;
        owner = savedOwner;
      }
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      if (reason != null) {
        for (AnnotationTree annotation : tree.getModifiers().getAnnotations()) {
          if (names.contains(annotation.getAnnotationType().toString())) {
            String method =
                tree.getName()
                    + tree.getParameters().stream()
                        .map(LocalClassScanner::erasedType)
                        .collect(Collectors.joining(", ", "(", ")"));
            diagnostics.report(
                Message.INACCESSIBLE_CLASS,
                trees,
                new TreePath(getCurrentPath(), annotation),
                owner.startsWith("new ") ? method : owner + "." + method,
                owner,
                reason);
            break; // one error per method, however many annotations it repeats
          }
        }
      }
      return super.visitMethod(tree, null);
    }
  }

  private static String erasedType(VariableTree parameter) {
    String type = parameter.getType().toString();
    int generic = type.indexOf('<');
    String erased = generic < 0 ? type : type.substring(0, generic) + type.substring(type.lastIndexOf('>') + 1);
    return erased.substring(erased.lastIndexOf('.', erased.endsWith("[]") ? erased.length() - 3 : erased.length()) + 1);
  }

  /** How the unit can write {@code @Receiver} and {@code @Receivers}: by simple name if imported. */
  private static Set<String> annotationNames(CompilationUnitTree unit) {
    Set<String> names = new HashSet<>(Set.of(PACKAGE + ".Receiver", PACKAGE + ".Receivers"));
    boolean inPackage = unit.getPackageName() != null && unit.getPackageName().toString().equals(PACKAGE);
    for (ImportTree anImport : unit.getImports()) {
      String imported = anImport.getQualifiedIdentifier().toString();
      if (!anImport.isStatic() && imported.equals(PACKAGE + ".*")) {
        inPackage = true;
      } else if (!anImport.isStatic() && names.contains(imported)) {
        names.add(imported.substring(PACKAGE.length() + 1));
      }
    }
    if (inPackage) {
      names.add("Receiver");
      names.add("Receivers");
    }
    return names;
  }
}
