package io.signals4j.processor;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * The rules on the payload parameter against the signal and the sender: it accepts every payload
 * a send can deliver to it.
 *
 * <ul>
 *   <li>For a signal that is not sender-typed: the signal or a supertype of it.
 *   <li>For sender User of {@code PostSave<M extends Model>}: {@code PostSave<User>}, {@code
 *       PostSave<? extends X>} with X a supertype of User, {@code PostSave<? super User>}, {@code
 *       PostSave<?>}, or a supertype that takes all of them, such as {@code ModelEvent<? extends
 *       User>} for a method that receives several signals.
 *   <li>With {@code includeSubclasses} a subclass delivers {@code PostSave<Admin>}, so {@code
 *       PostSave<User>} and {@code PostSave<? super User>} are errors and {@code PostSave<? extends
 *       User>} the fix; with any sender only a wildcard that covers the bound fits.
 *   <li>Raw types are errors.
 * </ul>
 *
 * Each check reports what is wrong with the fix that fits the declaration, and answers whether
 * the generated cast to the parameter is unchecked.
 */
final class PayloadValidator {

  private final Types types;
  private final Diagnostics diagnostics;

  PayloadValidator(Types types, Diagnostics diagnostics) {
    this.types = types;
    this.diagnostics = diagnostics;
  }

  /**
   * One payload parameter being checked, and what its receiver hears.
   *
   * @param name the receiver in source form, for messages
   */
  private record Checked(
      ExecutableElement method,
      ReceiverAnnotation annotation,
      String name,
      VariableElement parameter,
      SignalValidator.Target target) {

    TypeMirror type() {
      return parameter.asType();
    }

    TypeElement signal() {
      return target.signal();
    }

    TypeElement sender() {
      return target.sender();
    }

    /** The payload parameter that fits, as the fix in messages. */
    String expected() {
      return expectedPayload(target);
    }
  }

  /**
   * Checks the payload parameter of a receiver whose signal is usable; returns whether casting to
   * it is unchecked, or null when it is wrong (and reported).
   */
  Boolean check(
      ExecutableElement method,
      ReceiverAnnotation annotation,
      String name,
      VariableElement parameter,
      SignalValidator.Target target) {
    Checked payload = new Checked(method, annotation, name, parameter, target);
    TypeElement signal = target.signal();
    TypeElement sender = target.sender();
    TypeMirror type = payload.type();
    if (!types.isSameType(types.erasure(type), types.erasure(signal.asType()))) {
      return types.isSubtype(types.erasure(signal.asType()), types.erasure(type))
          ? checkSupertypePayload(payload)
          : payloadMismatch(payload);
    }
    if (signal.getTypeParameters().isEmpty()) {
      return false;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (arguments.isEmpty()) {
      diagnostics.report(Message.RAW_SIGNAL, parameter, name, SourceNames.type(signal), payload.expected());
      return null;
    }
    TypeMirror argument = arguments.get(0);
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
      return !isUnboundedWildcard(argument);
    }
    TypeMirror senderType = types.erasure(sender.asType());
    if (superBound != null) {
      return checkSuperWildcard(payload, superBound);
    }
    boolean fits =
        upper == null && argument instanceof WildcardType w && w.getSuperBound() == null
            || upper != null
                && (exact
                    ? types.isSameType(types.erasure(upper), senderType)
                    : types.isSubtype(senderType, types.erasure(upper)));
    if (fits && exact && target.includeSubclasses()) {
      return subclassWildcard(payload);
    }
    if (!fits) {
      return senderMismatch(payload, upper);
    }
    return !isUnboundedWildcard(argument);
  }

  /**
   * Checks a payload such as {@code PostSave<? super User>}: it takes what the exact sender User
   * sends, but not what its subclasses send. Returns true (the cast is unchecked), or null when
   * it is wrong (and reported).
   */
  private Boolean checkSuperWildcard(Checked payload, TypeMirror superBound) {
    TypeMirror type = payload.type();
    boolean includeSubclasses = payload.target().includeSubclasses();
    if (types.isAssignable(delivered(payload.signal(), payload.sender(), includeSubclasses), type)) {
      return true;
    }
    if (includeSubclasses && types.isAssignable(delivered(payload.signal(), payload.sender(), false), type)) {
      return subclassWildcard(payload);
    }
    return senderMismatch(payload, superBound);
  }

  /** Reports an exact payload of a receiver that hears subclasses too; returns null. */
  private Boolean subclassWildcard(Checked payload) {
    diagnostics.report(
        Message.SUBCLASS_WILDCARD,
        payload.parameter(),
        payload.name(),
        SourceNames.type(payload.sender()),
        SourceNames.type(payload.signal()),
        payload.expected());
    return null;
  }

  /**
   * Reports a payload that another sender sends, on the sender, suggesting {@code bound} as the
   * sender that fits; returns null.
   */
  private Boolean senderMismatch(Checked payload, TypeMirror bound) {
    diagnostics.report(
        Message.SENDER_MISMATCH,
        payload.method(),
        payload.annotation().mirror(),
        payload.annotation().written("sender"),
        payload.name(),
        SourceNames.type(payload.type()),
        SourceNames.type(payload.sender()),
        SourceNames.type(payload.signal()) + "<" + SourceNames.type(payload.sender()) + ">",
        SourceNames.erased(bound) + ".class",
        payload.expected());
    return null;
  }

  /**
   * Checks a payload parameter declared as a supertype of the signal, as a method that receives
   * several signals needs ({@code ModelEvent<? extends User>} for both {@code Saved} and {@code
   * Deleted}): it must accept every payload a send can deliver. Returns whether the cast is
   * unchecked, or null when the parameter is wrong (and reported).
   */
  private Boolean checkSupertypePayload(Checked payload) {
    TypeMirror type = payload.type();
    if (type instanceof DeclaredType declared
        && declared.getTypeArguments().isEmpty()
        && !((TypeElement) declared.asElement()).getTypeParameters().isEmpty()) {
      diagnostics.report(
          Message.RAW_SIGNAL,
          payload.parameter(),
          payload.name(),
          SourceNames.type((TypeElement) declared.asElement()),
          SourceNames.type((TypeElement) declared.asElement()) + "<?>");
      return null;
    }
    boolean includeSubclasses = payload.target().includeSubclasses();
    if (!types.isAssignable(delivered(payload.signal(), payload.sender(), includeSubclasses), type)) {
      return payloadMismatch(payload);
    }
    return type instanceof DeclaredType declared
        && declared.getTypeArguments().stream().anyMatch(argument -> !isUnboundedWildcard(argument));
  }

  /** Reports a payload parameter that cannot take what the signal delivers; returns null. */
  private Boolean payloadMismatch(Checked payload) {
    diagnostics.report(
        Message.PAYLOAD_MISMATCH,
        payload.parameter(),
        payload.name(),
        SourceNames.type(payload.type()),
        SourceNames.type(payload.signal()),
        payload.expected());
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

  private static boolean isUnboundedWildcard(TypeMirror argument) {
    return argument instanceof WildcardType w
        && w.getSuperBound() == null
        && (w.getExtendsBound() == null || isObject(w.getExtendsBound()));
  }

  /**
   * The payload parameter that fits a usable signal: {@code PostSave<User>}, {@code PostSave<?
   * extends User>}.
   */
  static String expectedPayload(SignalValidator.Target target) {
    String name = SourceNames.type(target.signal());
    if (target.signal().getTypeParameters().isEmpty()) {
      return name;
    }
    if (target.sender() == null) {
      return name + "<?>";
    }
    String sender = SourceNames.type(target.sender());
    return name + (target.includeSubclasses() ? "<? extends " + sender + ">" : "<" + sender + ">");
  }

  static boolean isObject(TypeMirror type) {
    return type instanceof DeclaredType d
        && ((TypeElement) d.asElement()).getQualifiedName().contentEquals("java.lang.Object");
  }
}
