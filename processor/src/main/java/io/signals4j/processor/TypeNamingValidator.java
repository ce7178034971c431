package io.signals4j.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * The rules that make sure generated code can write down every type a call needs: the casts of
 * the payload and the sender name the parameter types, and the call names the receiver's class.
 *
 * <ul>
 *   <li>A parameter type may not use a type parameter of the receiver's class: one instance of the
 *       class serves every send, so nothing says what the type argument is.
 *   <li>A type named by a parameter must be accessible from the receiver's package, where a
 *       dispatcher calls it when the registry cannot: not private, nor a protected member type of
 *       a class in another package.
 *   <li>Once the registry's package is known: a registry in a named package cannot name the
 *       receiver's class, signal, sender or parameter types when they are in the unnamed package;
 *       and the signal and sender, which the registry names as class literals, must be accessible
 *       from its package.
 * </ul>
 */
final class TypeNamingValidator {

  private final Elements elements;
  private final Diagnostics diagnostics;

  TypeNamingValidator(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /** Checks the parameters of one receiver; reports and returns false when one breaks a rule. */
  boolean checkParameters(ExecutableElement method, AnnotationMirror annotation, String name) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String ownerPackage = RegistryModel.packageOf(owner);
    boolean valid = true;
    for (VariableElement parameter : method.getParameters()) {
      TypeVariable variable = ownerVariable(parameter.asType(), owner);
      if (variable != null) {
        diagnostics.report(
            Message.OWNER_TYPE_VARIABLE,
            parameter,
            name,
            SourceNames.type(parameter.asType()),
            variable.asElement().getSimpleName(),
            SourceNames.type(owner));
        valid = false;
        continue;
      }
      for (TypeElement type : typesIn(parameter.asType())) {
        Unnameable problem = unnameable(type, ownerPackage);
        if (problem != null) {
          diagnostics.report(
              Message.UNNAMEABLE_PARAMETER_TYPE,
              parameter,
              name,
              SourceNames.type(parameter.asType()),
              SourceNames.type(type),
              problem.why(),
              problem.fix());
          valid = false;
          break;
        }
      }
    }
    return valid;
  }

  /**
   * Checks that {@code registry}, once its package is known, can name the types of each receiver;
   * reports and returns the receivers that pass.
   */
  List<ReceiverModel> checkRegistry(ClassName registry, List<ReceiverModel> receivers) {
    List<ReceiverModel> kept = new ArrayList<>();
    for (ReceiverModel receiver : receivers) {
      if (!checkPackage(receiver, registry.packageName())) {
        continue;
      }
      boolean ok = accessible(receiver, "signal", receiver.signal(), registry);
      if (receiver.sender() != null) {
        ok &= accessible(receiver, "sender", receiver.sender(), registry);
      }
      if (ok) {
        kept.add(receiver);
      }
    }
    return kept;
  }

  /** Reports and returns false when a registry in a named package would have to name the unnamed one. */
  private boolean checkPackage(ReceiverModel receiver, String registryPackage) {
    if (registryPackage.isEmpty()) {
      return true;
    }
    List<String> unnamed = new ArrayList<>();
    for (TypeElement type : receiver.referencedTypes()) {
      if (RegistryModel.packageOf(type).isEmpty()) {
        unnamed.add(SourceNames.type(type));
      }
    }
    for (ClassName type : Arrays.asList(receiver.signal(), receiver.sender())) {
      if (type != null && type.packageName().isEmpty()) {
        unnamed.add(String.join(".", type.simpleNames()));
      }
    }
    if (unnamed.isEmpty()) {
      return true;
    }
    diagnostics.report(
        Message.UNNAMED_PACKAGE,
        receiver.method(),
        receiver.annotation(),
        null,
        receiver.displayName(),
        unnamed.get(0),
        registryPackage);
    return false;
  }

  private boolean accessible(ReceiverModel receiver, String role, ClassName type, ClassName registry) {
    TypeElement element = elements.getTypeElement(type.canonicalName());
    if (element == null || RegistryModel.accessible(element, registry.packageName())) {
      return true;
    }
    diagnostics.report(
        Message.INACCESSIBLE_TYPE,
        receiver.method(),
        receiver.annotation(),
        ReceiverAnnotation.written(receiver.annotation(), role),
        role,
        SourceNames.type(element),
        receiver.displayName(),
        registry.canonicalName(),
        accessFix(element, registry.packageName()));
    return false;
  }

  /**
   * How to make {@code type} accessible from {@code registryPackage}: the classes to change are
   * the private ones among it and the classes it is nested in, and in another package every one
   * that is not public; the other way out, the registry in the type's package, is offered when no
   * class is private, since it would not help then.
   */
  private static String accessFix(TypeElement type, String registryPackage) {
    String pkg = RegistryModel.packageOf(type);
    List<TypeElement> privates = new ArrayList<>();
    List<TypeElement> notPublic = new ArrayList<>();
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        privates.add(0, t);
      }
      if (!t.getModifiers().contains(Modifier.PUBLIC)) {
        notPublic.add(0, t);
      }
    }
    if (pkg.equals(registryPackage)) {
      return "make " + names(type, privates) + " package-private or public";
    }
    String fix = "make " + names(type, notPublic) + " public";
    return privates.isEmpty() ? fix + ", or generate the registry in package " + pkg + " with @SignalsApp" : fix;
  }

  /** "it" when the type itself is all there is to change, else the classes by name. */
  private static String names(TypeElement type, List<TypeElement> classes) {
    return classes.equals(List.of(type))
        ? "it"
        : classes.stream().map(SourceNames::type).collect(Collectors.joining(" and "));
  }

  /**
   * The types whose accessibility decides whether the registry can call {@code method} directly,
   * rather than through a dispatcher in its package: its class, then the classes its parameter
   * types name.
   */
  static List<TypeElement> referencedTypes(ExecutableElement method) {
    Set<TypeElement> referenced = new LinkedHashSet<>();
    referenced.add((TypeElement) method.getEnclosingElement());
    for (VariableElement parameter : method.getParameters()) {
      referenced.addAll(typesIn(parameter.asType()));
    }
    return List.copyOf(referenced);
  }

  /**
   * Why code cannot name a type, and the fix, which names the class to change when it is one the
   * type is nested in.
   */
  private record Unnameable(String why, String fix) {}

  /** Why code in {@code pkg} cannot name {@code type}, or null if it can. */
  private static Unnameable unnameable(TypeElement type, String pkg) {
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      boolean self = t == type;
      String which = self ? "it" : SourceNames.type(t);
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return new Unnameable(
            self ? "private" : "nested in private class " + which, which + " package-private or public");
      }
      if (t.getModifiers().contains(Modifier.PROTECTED) && !RegistryModel.packageOf(t).equals(pkg)) {
        String member =
            "a protected member of " + SourceNames.type((TypeElement) t.getEnclosingElement()) + " in another package";
        return new Unnameable(self ? member : "nested in " + which + ", " + member, which + " public");
      }
    }
    return null;
  }

  /** A type variable of {@code owner} that {@code type} uses, or null. */
  private static TypeVariable ownerVariable(TypeMirror type, TypeElement owner) {
    if (type instanceof TypeVariable variable) {
      return variable.asElement().getEnclosingElement().equals(owner) ? variable : null;
    }
    for (TypeMirror part : parts(type)) {
      TypeVariable found = ownerVariable(part, owner);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The classes a type names: itself, its type arguments, bounds and components. */
  private static List<TypeElement> typesIn(TypeMirror type) {
    List<TypeElement> found = new ArrayList<>();
    if (type instanceof DeclaredType declared) {
      found.add((TypeElement) declared.asElement());
    }
    for (TypeMirror part : parts(type)) {
      found.addAll(typesIn(part));
    }
    return found;
  }

  private static List<TypeMirror> parts(TypeMirror type) {
    List<TypeMirror> parts = new ArrayList<>();
    if (type instanceof DeclaredType declared) {
      parts.addAll(declared.getTypeArguments());
    } else if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) {
        parts.add(wildcard.getExtendsBound());
      }
      if (wildcard.getSuperBound() != null) {
        parts.add(wildcard.getSuperBound());
      }
    } else if (type instanceof ArrayType array) {
      parts.add(array.getComponentType());
    }
    return parts;
  }
}
