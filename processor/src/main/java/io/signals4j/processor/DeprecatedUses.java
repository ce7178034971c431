package io.signals4j.processor;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * Works out which lint warnings generated code draws by naming a deprecated element, so that the
 * writer can suppress exactly those on the generated method that names it.
 *
 * <p>Users compile with {@code -Werror}, and a receiver they deprecated is still theirs to call:
 * without the suppression, deprecating a receiver, its class, signal, sender or a parameter type
 * would break their build in code they cannot edit. Elements deprecated {@code forRemoval} draw
 * {@code "removal"}, the others {@code "deprecation"}; javac stays silent on imports, so only
 * methods need the annotation.
 */
final class DeprecatedUses {

  static final String DEPRECATION = "deprecation";
  static final String REMOVAL = "removal";

  private final Elements elements;

  DeprecatedUses(Elements elements) {
    this.elements = elements;
  }

  /**
   * What generated code draws by naming the parts of a valid receiver.
   *
   * @param castsSender whether generated code casts the sender to the sender parameter's type,
   *     and so names it
   * @param sender the declared sender, or null for any sender
   * @param constructor the constructor the registry calls, or null
   */
  ReceiverModel.Warnings ofReceiver(
      ExecutableElement method,
      boolean castsSender,
      TypeElement signal,
      TypeElement sender,
      ExecutableElement constructor) {
    Set<String> call = ofElement(method);
    call.addAll(ofType(method.getParameters().get(0).asType()));
    if (castsSender) {
      call.addAll(ofType(method.getParameters().get(1).asType()));
    }
    Set<String> creation = ofElement(method.getEnclosingElement());
    if (constructor != null) {
      creation.addAll(ofElement(constructor));
    }
    return new ReceiverModel.Warnings(
        List.copyOf(call),
        List.copyOf(creation),
        List.copyOf(ofElement(signal)),
        sender == null ? List.of() : List.copyOf(ofElement(sender)));
  }

  /** What naming {@code type} draws: itself, the classes it is nested in, its type arguments. */
  Set<String> ofType(TypeMirror type) {
    Set<String> warnings = new TreeSet<>();
    addType(type, warnings);
    return warnings;
  }

  /** What naming {@code element} draws, and the types it is nested in when it is a member. */
  Set<String> ofElement(Element element) {
    Set<String> warnings = new TreeSet<>();
    add(element, warnings);
    for (Element e = element.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
      add(e, warnings);
    }
    return warnings;
  }

  private void addType(TypeMirror type, Set<String> into) {
    if (type instanceof DeclaredType declared) {
      into.addAll(ofElement(declared.asElement()));
      declared.getTypeArguments().forEach(t -> addType(t, into));
    } else if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) {
        addType(wildcard.getExtendsBound(), into);
      }
      if (wildcard.getSuperBound() != null) {
        addType(wildcard.getSuperBound(), into);
      }
    } else if (type instanceof ArrayType array) {
      addType(array.getComponentType(), into);
    }
  }

  private void add(Element element, Set<String> into) {
    if (elements.isDeprecated(element)) {
      into.add(forRemoval(element) ? REMOVAL : DEPRECATION);
    }
  }

  private static boolean forRemoval(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (SourceNames.annotationName(mirror).equals("java.lang.Deprecated")) {
        for (var entry : mirror.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("forRemoval")
              && Boolean.TRUE.equals(entry.getValue().getValue())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
