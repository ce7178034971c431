package io.signals4j.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * The rules on a receiver's parameters against its signal and sender: the payload parameter
 * accepts every payload a send can deliver to it ({@code PostSave<User>}, {@code PostSave<?
 * extends User>}, {@code PostSave<? super User>} or a supertype such as {@code ModelEvent<?
 * extends User>} for sender User; only a wildcard for any sender), and the sender parameter is a
 * {@code Class} of a supertype of the sender. Each check reports what is wrong with the fix that
 * fits the declaration, and answers whether the generated cast is unchecked.
 */
final class ParameterValidator {

  private final Types types;
  private final Diagnostics diagnostics;

  ParameterValidator(Types types, Diagnostics diagnostics) {
    this.types = types;
    this.diagnostics = diagnostics;
  }

  /**
   * Checks the payload parameter; returns whether casting to it is unchecked, or null when it is
   * wrong (and reported).
   */
  Boolean checkPayload(
      ExecutableElement method,
      AnnotationMirror annotation,
      AnnotationValue senderValue,
      String name,
      VariableElement parameter,
      TypeElement signal,
      TypeElement sender,
      boolean includeSubclasses) {
    TypeMirror type = parameter.asType();
    String expected = expectedPayload(signal, sender, includeSubclasses);
    if (!types.isSameType(types.erasure(type), types.erasure(signal.asType()))) {
      return types.isSubtype(types.erasure(signal.asType()), types.erasure(type))
          ? checkSupertypePayload(name, parameter, signal, sender, includeSubclasses, expected)
          : payloadMismatch(name, parameter, signal, expected);
    }
    if (signal.getTypeParameters().isEmpty()) {
      return false;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (arguments.isEmpty()) {
      diagnostics.report(Message.RAW_SIGNAL, parameter, name, SourceNames.type(signal), expected);
      return null;
    }
    TypeMirror argument = arguments.get(0);
    boolean unboundedWildcard =
        argument instanceof WildcardType w && w.getSuperBound() == null
            && (w.getExtendsBound() == null || isObject(w.getExtendsBound()));
    TypeMirror superBound = argument instanceof WildcardType w ? w.getSuperBound() : null;
    TypeMirror upper =
        argument instanceof WildcardType w
            ? (w.getSuperBound() != null ? null : w.getExtendsBound())
            : argument;
    boolean exact = !(argument instanceof WildcardType);
    if (sender == null) {
      TypeMirror bound = types.erasure(signal.getTypeParameters().get(0).getBounds().get(0));
      boolean fits =
          argument instanceof WildcardType w
              && w.getSuperBound() == null
              && (w.getExtendsBound() == null || types.isSubtype(bound, types.erasure(w.getExtendsBound())));
      if (!fits) {
        diagnostics.report(
            Message.ANY_SENDER_WILDCARD,
            parameter,
            name,
            SourceNames.type(signal),
            SourceNames.type(signal) + "<?>",
            SourceNames.erased(upper != null ? upper : superBound != null ? superBound : argument));
        return null;
      }
      return !unboundedWildcard;
    }
    TypeMirror senderType = types.erasure(sender.asType());
    if (superBound != null) {
      return checkSuperWildcard(
          method, annotation, senderValue, name, parameter, signal, sender, includeSubclasses, superBound);
    }
    boolean fits =
        upper == null && argument instanceof WildcardType w && w.getSuperBound() == null
            || upper != null
                && (exact
                    ? types.isSameType(types.erasure(upper), senderType)
                    : types.isSubtype(senderType, types.erasure(upper)));
    if (fits && exact && includeSubclasses) {
      diagnostics.report(
          Message.SUBCLASS_WILDCARD,
          parameter,
          name,
          SourceNames.type(sender),
          SourceNames.type(signal),
          expected);
      return null;
    }
    if (!fits) {
      return senderMismatch(method, annotation, senderValue, name, type, signal, sender, upper, expected);
    }
    return !unboundedWildcard;
  }

  /**
   * Checks a payload such as {@code PostSave<? super User>}: it takes what the exact sender User
   * sends, but not what its subclasses send. Returns true (the cast is unchecked), or null when
   * it is wrong (and reported).
   */
  private Boolean checkSuperWildcard(
      ExecutableElement method,
      AnnotationMirror annotation,
      AnnotationValue senderValue,
      String name,
      VariableElement parameter,
      TypeElement signal,
      TypeElement sender,
      boolean includeSubclasses,
      TypeMirror superBound) {
    TypeMirror type = parameter.asType();
    if (types.isAssignable(delivered(signal, sender, includeSubclasses), type)) {
      return true;
    }
    String expected = expectedPayload(signal, sender, includeSubclasses);
    if (includeSubclasses && types.isAssignable(delivered(signal, sender, false), type)) {
      diagnostics.report(
          Message.SUBCLASS_WILDCARD, parameter, name, SourceNames.type(sender), SourceNames.type(signal), expected);
      return null;
    }
    return senderMismatch(method, annotation, senderValue, name, type, signal, sender, superBound, expected);
  }

  /**
   * Reports a payload that another sender sends, on the sender, suggesting {@code bound} as the
   * sender that fits; returns null.
   */
  private Boolean senderMismatch(
      ExecutableElement method,
      AnnotationMirror annotation,
      AnnotationValue senderValue,
      String name,
      TypeMirror type,
      TypeElement signal,
      TypeElement sender,
      TypeMirror bound,
      String expected) {
    diagnostics.report(
        Message.SENDER_MISMATCH,
        method,
        annotation,
        senderValue,
        name,
        SourceNames.type(type),
        SourceNames.type(sender),
        SourceNames.type(signal) + "<" + SourceNames.type(sender) + ">",
        SourceNames.erased(bound) + ".class",
        expected);
    return null;
  }

  /**
   * Checks a payload parameter declared as a supertype of the signal, as a method that receives
   * several signals needs ({@code ModelEvent<? extends User>} for both {@code Saved} and {@code
   * Deleted}): it must accept every payload a send can deliver. Returns whether the cast is
   * unchecked, or null when the parameter is wrong (and reported).
   */
  private Boolean checkSupertypePayload(
      String name,
      VariableElement parameter,
      TypeElement signal,
      TypeElement sender,
      boolean includeSubclasses,
      String expected) {
    TypeMirror type = parameter.asType();
    if (type instanceof DeclaredType declared
        && declared.getTypeArguments().isEmpty()
        && !((TypeElement) declared.asElement()).getTypeParameters().isEmpty()) {
      diagnostics.report(
          Message.RAW_SIGNAL,
          parameter,
          name,
          SourceNames.type((TypeElement) declared.asElement()),
          SourceNames.type((TypeElement) declared.asElement()) + "<?>");
      return null;
    }
    if (!types.isAssignable(delivered(signal, sender, includeSubclasses), type)) {
      return payloadMismatch(name, parameter, signal, expected);
    }
    return type instanceof DeclaredType declared
        && declared.getTypeArguments().stream().anyMatch(argument -> !isUnboundedWildcard(argument));
  }

  /** Reports a payload parameter that cannot take what the signal delivers; returns null. */
  private Boolean payloadMismatch(
      String name, VariableElement parameter, TypeElement signal, String expected) {
    diagnostics.report(
        Message.PAYLOAD_MISMATCH,
        parameter,
        name,
        SourceNames.type(parameter.asType()),
        SourceNames.type(signal),
        expected);
    return null;
  }

  /** The type of the payloads a send can deliver to a receiver with this signal and sender. */
  private TypeMirror delivered(TypeElement signal, TypeElement sender, boolean includeSubclasses) {
    if (signal.getTypeParameters().isEmpty()) {
      return signal.asType();
    }
    TypeMirror bound = types.erasure(signal.getTypeParameters().get(0).getBounds().get(0));
    TypeMirror argument =
        sender == null
            ? types.getWildcardType(bound, null)
            : includeSubclasses
                ? types.getWildcardType(types.erasure(sender.asType()), null)
                : types.erasure(sender.asType());
    return types.getDeclaredType(signal, argument);
  }

  private boolean isUnboundedWildcard(TypeMirror argument) {
    return argument instanceof WildcardType w
        && w.getSuperBound() == null
        && (w.getExtendsBound() == null || isObject(w.getExtendsBound()));
  }

  /** The payload parameter that fits: {@code PostSave<User>}, {@code PostSave<? extends User>}. */
  static String expectedPayload(TypeElement signal, TypeElement sender, boolean includeSubclasses) {
    String name = SourceNames.type(signal);
    if (signal.getTypeParameters().isEmpty()) {
      return name;
    }
    if (sender == null) {
      return name + "<?>";
    }
    return name + (includeSubclasses ? "<? extends " : "<") + SourceNames.type(sender) + ">";
  }

  /**
   * Checks the sender parameter; returns whether the sender must be cast (an unchecked cast), or
   * null when the parameter is wrong (and reported).
   */
  Boolean checkSenderParameter(
      String name, VariableElement parameter, TypeElement sender, boolean anySender) {
    TypeMirror type = parameter.asType();
    String expected = sender == null ? "Class<?>" : "Class<? extends " + SourceNames.type(sender) + ">";
    if (type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.Class")
        && declared.getTypeArguments().size() == 1
        && declared.getTypeArguments().get(0) instanceof WildcardType wildcard
        && wildcard.getSuperBound() == null) {
      TypeMirror bound = wildcard.getExtendsBound();
      if (bound == null || isObject(bound)) {
        return false;
      }
      if (!anySender
          && sender != null
          && types.isSubtype(types.erasure(sender.asType()), types.erasure(bound))) {
        return true;
      }
    }
    if (!anySender && sender == null) {
      return false; // the sender itself was wrong and is reported; say nothing more
    }
    diagnostics.report(Message.SENDER_PARAMETER, parameter, name, SourceNames.type(type), expected);
    return null;
  }

  private boolean isObject(TypeMirror type) {
    return type instanceof DeclaredType d
        && ((TypeElement) d.asElement()).getQualifiedName().contentEquals("java.lang.Object");
  }
}
