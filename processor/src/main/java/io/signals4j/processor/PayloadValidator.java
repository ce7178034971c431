package io.signals4j.processor;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
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
 * the generated cast to the parameter is unchecked. A fix is one that can be followed: a sender is
 * suggested only when the parameter would fit it, and types are written with wildcards where a
 * raw type would draw a warning.
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
        TypeMirror named = upper != null ? upper : superBound != null ? superBound : argument;
        diagnostics.report(
            Message.ANY_SENDER_WILDCARD,
            parameter,
            name,
            SourceNames.type(signal),
            SourceNames.type(signal) + "<?>",
            suggestible(payload, named, upper != null && !exact)
                ? ", or did you forget sender = " + SourceNames.erased(named) + ".class"
                : "");
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
      return senderMismatch(payload, upper, !exact);
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
    return senderMismatch(payload, superBound, false);
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
   * sender when it would fit; returns null.
   *
   * @param extendsBound whether {@code bound} is the bound of a {@code ? extends} wildcard
   */
  private Boolean senderMismatch(Checked payload, TypeMirror bound, boolean extendsBound) {
    String parameter = "the parameter to " + payload.expected();
    diagnostics.report(
        Message.SENDER_MISMATCH,
        payload.method(),
        payload.annotation().mirror(),
        payload.annotation().written("sender"),
        payload.name(),
        SourceNames.type(payload.type()),
        SourceNames.type(payload.sender()),
        payload.expected(),
        suggestible(payload, bound, extendsBound)
            ? "sender to " + SourceNames.erased(bound) + ".class, or " + parameter
            : parameter);
    return null;
  }

  /**
   * Whether a message may suggest {@code named}, the class that a payload parameter's type
   * argument names, as the sender: whether the parameter would fit that sender. The parameter
   * names it, so it fits unless the sender breaks a rule of its own: it must be within the
   * signal's bound; and when subclasses are heard, it must be able to have some, and be named by a
   * {@code ? extends} wildcard, since a subclass sends payloads of its own.
   */
  private boolean suggestible(Checked payload, TypeMirror named, boolean extendsBound) {
    if (!(named instanceof DeclaredType declared)) {
      return false;
    }
    TypeElement sender = (TypeElement) declared.asElement();
    return SignalValidator.withinBound(types, sender, payload.signal())
        && (!payload.target().includeSubclasses()
            || extendsBound && !sender.getModifiers().contains(Modifier.FINAL));
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
      TypeElement raw = (TypeElement) declared.asElement();
      diagnostics.report(
          Message.RAW_SIGNAL, payload.parameter(), payload.name(), SourceNames.type(raw), SourceNames.wildcardedType(raw));
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
    String sender = SourceNames.wildcardedType(target.sender());
    return name + (target.includeSubclasses() ? "<? extends " + sender + ">" : "<" + sender + ">");
  }

  static boolean isObject(TypeMirror type) {
    return type instanceof DeclaredType d
        && ((TypeElement) d.asElement()).getQualifiedName().contentEquals("java.lang.Object");
  }
}
