package io.signals4j.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds {@code @Receiver} declarations, including those the compiler gathered into a {@code
 * @Receivers} container.
 *
 * <p>A class whose receivers mention a type that does not exist yet (one another processor will
 * generate in a later round) is deferred whole, by name, and scanned again in the next round; what
 * is still unresolved when processing ends is reported by {@link #reportUnresolved}.
 */
final class ReceiverScanner {

  static final String RECEIVER = "io.signals4j.Receiver";
  static final String RECEIVERS = "io.signals4j.Receivers";

  /** One {@code @Receiver} annotation on one method. */
  record Declaration(ExecutableElement method, AnnotationMirror annotation) {}

  private final Elements elements;
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> scanned = new LinkedHashSet<>();

  ReceiverScanner(Elements elements) {
    this.elements = elements;
  }

  /** The declarations that this round brings and that are resolved, in source order per class. */
  List<Declaration> scan(RoundEnvironment round) {
    Map<String, TypeElement> owners = new TreeMap<>();
    for (String name : List.copyOf(deferred)) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        owners.put(name, type);
      }
    }
    deferred.clear();
    for (String annotation : List.of(RECEIVER, RECEIVERS)) {
      TypeElement annotationType = elements.getTypeElement(annotation);
      if (annotationType == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotationType)) {
        // @Target(METHOD) guarantees methods; constructors cannot carry it either.
        if (element.getKind() == ElementKind.METHOD
            && element.getEnclosingElement() instanceof TypeElement owner) {
          owners.putIfAbsent(owner.getQualifiedName().toString(), owner);
        }
      }
    }
    List<Declaration> found = new ArrayList<>();
    for (Map.Entry<String, TypeElement> entry : owners.entrySet()) {
      if (scanned.contains(entry.getKey())) {
        continue;
      }
      List<Declaration> declarations = declarationsIn(entry.getValue());
      if (declarations.stream().allMatch(ReceiverScanner::resolved)) {
        scanned.add(entry.getKey());
        found.addAll(declarations);
      } else {
        deferred.add(entry.getKey());
      }
    }
    return found;
  }

  /** Whether some class waits for types that later rounds may bring. */
  boolean hasDeferred() {
    return !deferred.isEmpty();
  }

  /** Reports the receivers of the classes that never resolved; called when processing is over. */
  void reportUnresolved(Diagnostics diagnostics) {
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type == null) {
        continue;
      }
      for (Declaration declaration : declarationsIn(type)) {
        if (!resolved(declaration)) {
          diagnostics.report(
              Message.UNRESOLVED_TYPE,
              declaration.method(),
              declaration.annotation(),
              null,
              SourceNames.method(declaration.method()));
        }
      }
    }
    deferred.clear();
  }

  private static List<Declaration> declarationsIn(TypeElement owner) {
    List<Declaration> declarations = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
        String name = SourceNames.annotationName(mirror);
        if (name.equals(RECEIVER)) {
          declarations.add(new Declaration(method, mirror));
        } else if (name.equals(RECEIVERS)) {
          for (AnnotationValue value : mirror.getElementValues().values()) {
            if (value.getValue() instanceof List<?> list) {
              for (Object item : list) {
                if (((AnnotationValue) item).getValue() instanceof AnnotationMirror inner) {
                  declarations.add(new Declaration(method, inner));
                }
              }
            }
          }
        }
      }
    }
    return declarations;
  }

  private static boolean resolved(Declaration declaration) {
    for (AnnotationValue value : declaration.annotation().getElementValues().values()) {
      Object v = value.getValue();
      if (v instanceof TypeMirror type ? !resolved(type) : v instanceof String s && s.contains("<error>")) {
        return false;
      }
    }
    ExecutableElement method = declaration.method();
    if (!resolved(method.getReturnType())) {
      return false;
    }
    for (VariableElement parameter : method.getParameters()) {
      if (!resolved(parameter.asType())) {
        return false;
      }
    }
    return true;
  }

  private static boolean resolved(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return false;
    }
    if (type instanceof DeclaredType declared) {
      return declared.getTypeArguments().stream().allMatch(ReceiverScanner::resolved);
    }
    if (type instanceof ArrayType array) {
      return resolved(array.getComponentType());
    }
    if (type instanceof WildcardType wildcard) {
      return (wildcard.getExtendsBound() == null || resolved(wildcard.getExtendsBound()))
          && (wildcard.getSuperBound() == null || resolved(wildcard.getSuperBound()));
    }
    return true;
  }
}
