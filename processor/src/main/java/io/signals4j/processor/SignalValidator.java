package io.signals4j.processor;

import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The rules on what {@code @Receiver} says the method hears: the signal, the sender and {@code
 * includeSubclasses}.
 *
 * <ul>
 *   <li>Signals are classes, records, interfaces, abstract classes and enums, top-level or static
 *       nested, not private, with at most one type parameter. Interfaces and abstract classes are
 *       allowed since {@code send} names the signal type explicitly; enums are allowed since a
 *       constant is as good a payload as any object. {@code Object}, annotations, primitives and
 *       arrays are not.
 *   <li>Senders are classes, records, interfaces and enums; {@code sender = void.class} written out
 *       is the same as leaving it out, which means any sender.
 *   <li>A signal with one type parameter is sender-typed: its type argument is the sender type
 *       ({@code PostSave<User>} is what {@code User} sends), so the sender must be within the
 *       parameter's bound. What the payload parameter must then say is {@link PayloadValidator}'s.
 *   <li>{@code includeSubclasses} without a sender, or with a final sender, has no effect and is an
 *       error.
 * </ul>
 */
final class SignalValidator {

  /**
   * What a declaration hears, as far as it is valid.
   *
   * @param signal the signal, or null when it is not usable (reported)
   * @param sender the sender, or null for any sender or when it is not usable (reported)
   * @param anySender whether the declaration names no sender
   * @param includeSubclasses whether subclasses of the sender are heard
   * @param valid whether every rule here holds
   */
  record Target(
      TypeElement signal, TypeElement sender, boolean anySender, boolean includeSubclasses, boolean valid) {}

  private final Types types;
  private final Diagnostics diagnostics;

  SignalValidator(Types types, Diagnostics diagnostics) {
    this.types = types;
    this.diagnostics = diagnostics;
  }

  /** Checks the signal and the sender; reports what is wrong and returns what is usable of them. */
  Target check(ExecutableElement method, ReceiverAnnotation annotation, String name) {
    boolean valid = true;
    TypeMirror signalMirror = annotation.signal();
    TypeElement signal = null;
    String unusable = unusableSignalReason(signalMirror);
    if (unusable != null) {
      diagnostics.report(
          Message.UNUSABLE_SIGNAL,
          method,
          annotation.mirror(),
          annotation.written("signal"),
          SourceNames.type(signalMirror),
          unusable);
      valid = false;
    } else {
      signal = (TypeElement) ((DeclaredType) signalMirror).asElement();
    }

    TypeMirror senderMirror = annotation.sender();
    boolean anySender = senderMirror.getKind() == TypeKind.VOID;
    TypeElement sender = null;
    if (!anySender) {
      if (senderMirror instanceof DeclaredType declared
          && declared.asElement().getKind() != ElementKind.ANNOTATION_TYPE) {
        sender = (TypeElement) declared.asElement();
      } else {
        diagnostics.report(
            Message.UNUSABLE_SENDER,
            method,
            annotation.mirror(),
            annotation.written("sender"),
            SourceNames.type(senderMirror),
            senderMirror instanceof DeclaredType
                ? "it is an annotation type"
                : senderMirror instanceof ArrayType ? "it is an array type" : "it is a primitive type");
        valid = false;
      }
    }

    boolean includeSubclasses = annotation.includeSubclasses();
    if (includeSubclasses && anySender) {
      diagnostics.report(
          Message.SUBCLASSES_WITHOUT_SENDER,
          method,
          annotation.mirror(),
          annotation.written("includeSubclasses"),
          name);
      valid = false;
    }
    if (includeSubclasses && sender != null && sender.getModifiers().contains(Modifier.FINAL)) {
      diagnostics.report(
          Message.SUBCLASSES_OF_FINAL_SENDER,
          method,
          annotation.mirror(),
          annotation.written("includeSubclasses"),
          name,
          SourceNames.type(sender));
      valid = false;
    }
    if (signal != null && sender != null && !withinBound(types, sender, signal)) {
      diagnostics.report(
          Message.SENDER_OUT_OF_BOUNDS,
          method,
          annotation.mirror(),
          annotation.written("sender"),
          SourceNames.type(sender),
          name,
          SourceNames.type(signal),
          // Every bound: a sender that is only a Model is no fix for <M extends Model & Comparable<M>>.
          signal.getTypeParameters().get(0).getBounds().stream()
              .map(bound -> SourceNames.type(types.erasure(bound)))
              .collect(Collectors.joining(" and a ")));
      // Nothing more to say about the payload against this sender.
      return new Target(null, null, false, includeSubclasses, false);
    }
    return new Target(signal, sender, anySender, includeSubclasses, valid);
  }

  /**
   * Whether {@code sender} may be the type argument of a sender-typed {@code signal}; any sender
   * may send a signal that is not sender-typed.
   */
  static boolean withinBound(Types types, TypeElement sender, TypeElement signal) {
    if (signal.getTypeParameters().size() != 1) {
      return true;
    }
    TypeParameterElement parameter = signal.getTypeParameters().get(0);
    for (TypeMirror bound : parameter.getBounds()) {
      if (!types.isSubtype(types.erasure(sender.asType()), types.erasure(bound))) {
        return false;
      }
    }
    return true;
  }

  private static String unusableSignalReason(TypeMirror signal) {
    if (signal.getKind() == TypeKind.VOID) {
      return "it is void";
    }
    if (signal.getKind().isPrimitive()) {
      return "it is a primitive type";
    }
    if (signal instanceof ArrayType) {
      return "it is an array type";
    }
    if (!(signal instanceof DeclaredType declared)) {
      return "it is not a class";
    }
    TypeElement type = (TypeElement) declared.asElement();
    if (type.getKind() == ElementKind.ANNOTATION_TYPE) {
      return "it is an annotation type";
    }
    if (type.getQualifiedName().contentEquals("java.lang.Object")) {
      return "every object is one, so it says nothing about the signal; name the payload type of the"
          + " signal itself";
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      return "it is an inner class; make it static";
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      return "it is private; make it package-private or public";
    }
    if (type.getTypeParameters().size() > 1) {
      return "it has " + type.getTypeParameters().size() + " type parameters; give it at most one, the sender type";
    }
    return null;
  }
}
