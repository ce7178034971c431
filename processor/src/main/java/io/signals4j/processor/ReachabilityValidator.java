package io.signals4j.processor;

import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;

/**
 * The rules that let generated code call the method at all.
 *
 * <ul>
 *   <li>The method is not private (the fix for an interface's is public or default: interfaces
 *       have no package-private methods), and its class is neither private nor local nor anonymous, nor
 *       nested in such a class. Package-private and protected methods and classes are reached
 *       through a generated dispatcher in their package.
 *   <li>The method declares no type parameters: nothing tells the registry what to infer for them.
 * </ul>
 */
final class ReachabilityValidator {

  private final Diagnostics diagnostics;

  ReachabilityValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Checks that the registry can call {@code method}; reports and returns false when it cannot. */
  boolean check(ExecutableElement method, ReceiverAnnotation annotation, String name) {
    boolean valid = true;
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.report(Message.PRIVATE_RECEIVER, method, annotation.mirror(), null, name, accessFix(method, owner));
      valid = false;
    }
    String unreachable = unreachableReason(owner);
    if (unreachable != null) {
      diagnostics.report(
          Message.INACCESSIBLE_CLASS,
          method,
          annotation.mirror(),
          null,
          name,
          SourceNames.type(owner),
          unreachable);
      valid = false;
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.report(
          Message.GENERIC_RECEIVER,
          method,
          annotation.mirror(),
          null,
          name,
          method.getTypeParameters().stream()
              .map(TypeParameterElement::getSimpleName)
              .collect(Collectors.joining(", ", "<", ">")));
      valid = false;
    }
    return valid;
  }

  /**
   * What a private method must become: an interface has no package-private methods, and one of
   * its instance methods needs a body, so it becomes a default method.
   */
  private static String accessFix(ExecutableElement method, TypeElement owner) {
    if (!owner.getKind().isInterface()) {
      return "package-private or public";
    }
    return method.getModifiers().contains(Modifier.STATIC) ? "public" : "a default method";
  }

  /** Why the registry cannot reach a class, or null if it can. */
  private static String unreachableReason(TypeElement owner) {
    Element e = owner;
    while (e instanceof TypeElement type) {
      String which = type == owner ? "" : " (it is nested in " + SourceNames.type(type) + ")";
      if (type.getNestingKind() == NestingKind.LOCAL) {
        return "is a local class" + which;
      }
      if (type.getNestingKind() == NestingKind.ANONYMOUS) {
        return "is an anonymous class" + which;
      }
      if (type.getModifiers().contains(Modifier.PRIVATE)) {
        return type == owner ? "is private" : "is nested in private class " + SourceNames.type(type);
      }
      e = type.getEnclosingElement();
    }
    return null;
  }
}
