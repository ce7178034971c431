package io.signals4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Names code the way it is written in source, for messages and reports: {@code
 * Mailer.sendReceipt(OrderPlaced)}, {@code PostSave<? extends User>}, {@code Outer.Inner}.
 */
final class SourceNames {

  private SourceNames() {}

  /** {@code Mailer.send(Notification)}: class, method and erased parameter types. */
  static String method(ExecutableElement method) {
    return type((TypeElement) method.getEnclosingElement())
        + "."
        + method.getSimpleName()
        + method.getParameters().stream()
            .map(p -> erased(p.asType()))
            .collect(Collectors.joining(", ", "(", ")"));
  }

  /** {@code Outer.Inner}: the simple names from the top-level class down. */
  static String type(TypeElement type) {
    Deque<String> names = new ArrayDeque<>();
    Element e = type;
    while (e instanceof TypeElement t) {
      names.addFirst(t.getSimpleName().toString());
      e = t.getEnclosingElement();
    }
    return String.join(".", names);
  }

  /** A type in source form with simple names: {@code PostSave<? extends User>}. */
  static String type(TypeMirror type) {
    if (type instanceof DeclaredType declared) {
      String name = type((TypeElement) declared.asElement());
      if (declared.getTypeArguments().isEmpty()) {
        return name;
      }
      return declared.getTypeArguments().stream()
          .map(SourceNames::type)
          .collect(Collectors.joining(", ", name + "<", ">"));
    }
    if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) {
        return "? extends " + type(wildcard.getExtendsBound());
      }
      if (wildcard.getSuperBound() != null) {
        return "? super " + type(wildcard.getSuperBound());
      }
      return "?";
    }
    if (type instanceof ArrayType array) {
      return type(array.getComponentType()) + "[]";
    }
    return type.toString();
  }

  /**
   * A class as advice in messages writes it: {@code Box<?>}, {@code Outer<?>.Inner}, with a
   * wildcard for each type parameter, since a raw {@code Box} draws a {@code rawtypes} warning
   * that fails a {@code -Werror} build.
   */
  static String wildcardedType(TypeElement type) {
    String name = type.getSimpleName().toString();
    int parameters = type.getTypeParameters().size();
    if (parameters > 0) {
      name += "<" + String.join(", ", Collections.nCopies(parameters, "?")) + ">";
    }
    if (!(type.getEnclosingElement() instanceof TypeElement outer)) {
      return name;
    }
    boolean inner =
        type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC);
    return (inner ? wildcardedType(outer) : type(outer)) + "." + name;
  }

  /** A type in source form without its type arguments: {@code PostSave}. */
  static String erased(TypeMirror type) {
    if (type instanceof DeclaredType declared) {
      return type((TypeElement) declared.asElement());
    }
    if (type instanceof ArrayType array) {
      return erased(array.getComponentType()) + "[]";
    }
    return type.toString();
  }

  /**
   * The type generated code casts an instance of {@code type} to: the class itself, or with a
   * wildcard for each type parameter ({@code Box<?>}, {@code Outer<?>.Inner}), since a raw cast
   * draws a {@code rawtypes} warning.
   */
  static TypeName wildcarded(TypeElement type) {
    ClassName raw = ClassName.get(type);
    TypeName[] wildcards = new TypeName[type.getTypeParameters().size()];
    Arrays.fill(wildcards, WildcardTypeName.subtypeOf(Object.class));
    boolean inner =
        type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC);
    if (inner && wildcarded((TypeElement) type.getEnclosingElement()) instanceof ParameterizedTypeName outer) {
      return outer.nestedClass(type.getSimpleName().toString(), List.of(wildcards));
    }
    return wildcards.length == 0 ? raw : ParameterizedTypeName.get(raw, wildcards);
  }

  static String annotationName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
