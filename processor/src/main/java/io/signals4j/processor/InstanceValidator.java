package io.signals4j.processor;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The rules on the object an instance receiver is called on. The registry constructs it, so its
 * class must be concrete, not inner, not an enum, with a non-private no-argument constructor
 * throwing no checked exception; or the application supplies it ({@code @Supplied}), and then any
 * class will do, an interface, an abstract or an inner class or an enum. {@code @Supplied} on a
 * class whose receivers are all static is an error: no instance would ever be asked for, so the
 * application's {@code supply} call would be dead.
 */
final class InstanceValidator {

  private static final String SUPPLIED = "io.signals4j.Supplied";

  /**
   * How a valid receiver gets its instance.
   *
   * @param kind whether it needs none, one the registry constructs, or one the application supplies
   * @param constructor the no-argument constructor the registry calls, or null
   */
  record Instance(ReceiverModel.Kind kind, ExecutableElement constructor) {
    boolean constructorPublic() {
      return constructor != null && constructor.getModifiers().contains(Modifier.PUBLIC);
    }
  }

  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final Set<String> reportedSupplied = new HashSet<>();

  InstanceValidator(Elements elements, Types types, Diagnostics diagnostics) {
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
  }

  /** Checks how a receiver gets its instance; reports and returns null when it cannot get one. */
  Instance check(ExecutableElement method, ReceiverAnnotation receiver, String name) {
    AnnotationMirror annotation = receiver.mirror();
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    boolean supplied = hasAnnotation(owner, SUPPLIED);
    if (supplied) {
      checkSuppliedIsUsed(owner);
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return new Instance(ReceiverModel.Kind.STATIC, null);
    }
    if (supplied) {
      return new Instance(ReceiverModel.Kind.SUPPLIED, null);
    }
    if (owner.getKind() == ElementKind.ENUM) {
      diagnostics.report(Message.ENUM_RECEIVER, method, annotation, null, name, SourceNames.type(owner));
      return null;
    }
    if (owner.getKind().isInterface() || owner.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.report(
          Message.ABSTRACT_RECEIVER_CLASS,
          method,
          annotation,
          null,
          name,
          owner.getKind().isInterface() ? "interface" : "abstract class",
          SourceNames.type(owner));
      return null;
    }
    if (owner.getNestingKind() == NestingKind.MEMBER && !owner.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.report(Message.INNER_CLASS, method, annotation, null, name, SourceNames.type(owner));
      return null;
    }
    ExecutableElement constructor = noArgConstructor(owner);
    String problem = constructorProblem(constructor);
    if (problem != null) {
      diagnostics.report(Message.NO_CONSTRUCTOR, method, annotation, null, name, SourceNames.type(owner), problem);
      return null;
    }
    return new Instance(ReceiverModel.Kind.INSTANCE, constructor);
  }

  private static ExecutableElement noArgConstructor(TypeElement owner) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(owner.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()) {
        return constructor;
      }
    }
    return null;
  }

  private String constructorProblem(ExecutableElement constructor) {
    if (constructor == null) {
      return "has no no-argument constructor";
    }
    if (constructor.getModifiers().contains(Modifier.PRIVATE)) {
      return "has a private no-argument constructor";
    }
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    for (TypeMirror thrown : constructor.getThrownTypes()) {
      if (!types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error)) {
        return "has a no-argument constructor that throws " + SourceNames.type(thrown);
      }
    }
    return null;
  }

  private void checkSuppliedIsUsed(TypeElement owner) {
    if (!reportedSupplied.add(owner.getQualifiedName().toString())) {
      return;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (!method.getModifiers().contains(Modifier.STATIC)
          && (hasAnnotation(method, ReceiverScanner.RECEIVER)
              || hasAnnotation(method, ReceiverScanner.RECEIVERS))) {
        return;
      }
    }
    AnnotationMirror supplied =
        owner.getAnnotationMirrors().stream()
            .filter(m -> SourceNames.annotationName(m).equals(SUPPLIED))
            .findFirst()
            .orElse(null);
    diagnostics.report(Message.USELESS_SUPPLIED, owner, supplied, null, SourceNames.type(owner));
  }

  private static boolean hasAnnotation(Element element, String name) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(m -> SourceNames.annotationName(m).equals(name));
  }

}
