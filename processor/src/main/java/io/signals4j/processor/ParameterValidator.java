package io.signals4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * The rules on a receiver's parameters: the payload, then optionally the sender.
 *
 * <ul>
 *   <li>One or two parameters: the payload first, whose rules are {@link PayloadValidator}'s.
 *   <li>The sender parameter is {@code Class<?>}, or {@code Class<? extends X>} with X a supertype
 *       of the declared sender ({@code Object} for any sender).
 *   <li>Generated code must be able to name the parameter types: see {@link TypeNamingValidator}.
 *       When it cannot, or the method is generic, nothing more is said about how they fit: checks
 *       of types it cannot name or of type variables would mislead.
 * </ul>
 */
final class ParameterValidator {

  /**
   * What valid parameters give the model.
   *
   * @param payloadType the declared payload type, which the payload is cast to
   * @param senderParameterType the declared sender type, which the sender is cast to; {@code
   *     Class} when it is passed without a cast; null when there is no sender parameter
   * @param uncheckedCast whether a cast is unchecked
   * @param erasedTypes the erased qualified names of the parameter types
   */
  record Parameters(
      TypeName payloadType, TypeName senderParameterType, boolean uncheckedCast, List<String> erasedTypes) {

    /** Whether generated code casts the sender, and so names the sender parameter's type. */
    boolean castsSender() {
      return senderParameterType != null && !senderParameterType.equals(ClassName.get(Class.class));
    }
  }

  private final Types types;
  private final Diagnostics diagnostics;
  private final TypeNamingValidator naming;
  private final PayloadValidator payloads;

  ParameterValidator(Types types, Diagnostics diagnostics, TypeNamingValidator naming) {
    this.types = types;
    this.diagnostics = diagnostics;
    this.naming = naming;
    this.payloads = new PayloadValidator(types, diagnostics);
  }

  /** Checks the parameters against what the method hears; reports and returns null when wrong. */
  Parameters check(
      ExecutableElement method, ReceiverAnnotation annotation, String name, SignalValidator.Target target) {
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.isEmpty()) {
      diagnostics.report(
          Message.NO_PAYLOAD,
          method,
          annotation.mirror(),
          null,
          name,
          method.getSimpleName(),
          target.signal() == null
              ? "Payload"
              : PayloadValidator.expectedPayload(target));
      return null;
    }
    if (parameters.size() > 2) {
      diagnostics.report(
          Message.TOO_MANY_PARAMETERS, method, annotation.mirror(), null, name, parameters.size());
      return null;
    }
    if (!method.getTypeParameters().isEmpty() || !naming.checkParameters(method, annotation.mirror(), name)) {
      return null;
    }
    boolean valid = true;
    boolean unchecked = false;
    if (target.signal() != null) {
      Boolean payloadUnchecked = payloads.check(method, annotation, name, parameters.get(0), target);
      if (payloadUnchecked == null) {
        valid = false;
      } else {
        unchecked = payloadUnchecked;
      }
    }
    TypeName senderParameterType = null;
    if (parameters.size() == 2) {
      VariableElement parameter = parameters.get(1);
      Boolean cast = checkSenderParameter(name, parameter, target.sender(), target.anySender());
      if (cast == null) {
        valid = false;
      } else if (cast) {
        senderParameterType = TypeName.get(parameter.asType());
        unchecked = true;
      } else {
        senderParameterType = ClassName.get(Class.class); // no cast: passed as it comes
      }
    }
    if (!valid) {
      return null;
    }
    return new Parameters(
        TypeName.get(parameters.get(0).asType()),
        senderParameterType,
        unchecked,
        parameters.stream().map(p -> types.erasure(p.asType()).toString()).collect(Collectors.toList()));
  }

  /**
   * Checks the sender parameter; returns whether the sender must be cast (an unchecked cast), or
   * null when the parameter is wrong (and reported).
   */
  private Boolean checkSenderParameter(
      String name, VariableElement parameter, TypeElement sender, boolean anySender) {
    TypeMirror type = parameter.asType();
    String expected = sender == null ? "Class<?>" : "Class<? extends " + SourceNames.wildcardedType(sender) + ">";
    if (type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.Class")
        && declared.getTypeArguments().size() == 1
        && declared.getTypeArguments().get(0) instanceof WildcardType wildcard
        && wildcard.getSuperBound() == null) {
      TypeMirror bound = wildcard.getExtendsBound();
      if (bound == null || PayloadValidator.isObject(bound)) {
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

}
