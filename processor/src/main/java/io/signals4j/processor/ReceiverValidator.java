package io.signals4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks {@code @Receiver} declarations against every rule and turns the valid ones into {@link
 * ReceiverModel}s.
 *
 * <p>Each check reports through {@link Diagnostics} and the method goes on checking, so one build
 * shows every error. The rules, and the decisions behind the debatable ones:
 *
 * <ul>
 *   <li>The registry must be able to call the method: not private, in a class that is neither
 *       private nor local nor anonymous (nor nested in one). Package-private and protected methods
 *       and classes are reached through a generated dispatcher in their package.
 *   <li>Parameters: the payload, then optionally the sender as {@code Class<?>} or {@code Class<?
 *       extends X>} with X a supertype of the declared sender ({@code Object} for any sender).
 *   <li>Signals are classes, records, interfaces, abstract classes and enums, top-level or static
 *       nested, with at most one type parameter. Interfaces and abstract classes are allowed since
 *       {@code send} names the signal type explicitly; enums are allowed since a constant is as good
 *       a payload as any object. {@code Object}, annotations, primitives and arrays are not.
 *   <li>A signal with one type parameter is sender-typed: its type argument is the sender type
 *       ({@code PostSave<User>} is what {@code User} sends). Then the sender must be within the
 *       parameter's bound, and the payload parameter must say what a send can deliver: {@code
 *       PostSave<User>}, {@code PostSave<? extends X>} with X a supertype of User, {@code
 *       PostSave<? super User>} or {@code PostSave<?>} (see {@link ParameterValidator}). With
 *       {@code includeSubclasses} a subclass delivers {@code PostSave<Admin>},
 *       so {@code PostSave<User>} is an error and {@code PostSave<? extends User>} the fix; with any
 *       sender only a wildcard fits. Raw types are errors.
 *   <li>Instance methods need an object to be called on: see {@link InstanceValidator}.
 *   <li>{@code @Receiver} on a record component lands on its accessor, which takes no payload:
 *       an error on the component.
 *   <li>{@code includeSubclasses} without a sender, or with a final sender, has no effect and is an
 *       error. {@code sender = void.class} written out is the same as leaving it out.
 *   <li>Checked exceptions are allowed: a send wraps whatever a receiver throws; a {@code
 *       Throwable} that is neither an {@code Exception} nor an {@code Error} is carried in an
 *       {@code Exception}.
 *   <li>What a receiver returns must be something a send hands back: see {@link ResultValidator}.
 *   <li>Generated code must be able to name every type the call needs: see {@link
 *       TypeNamingValidator}.
 *   <li>Generic methods are errors; so are two identical declarations on one method and a {@code
 *       dispatchUid} used twice for the same signal and sender in a module.
 * </ul>
 */
final class ReceiverValidator {

  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final DeprecatedUses deprecatedUses;
  private final ResultValidator results;
  private final TypeNamingValidator naming;
  private final InstanceValidator instances;
  private final ParameterValidator parameters;
  private final RecordComponentValidator components;

  /**
   * @param trees the compiler's tree API, or null when the compiler does not offer it
   */
  ReceiverValidator(Elements elements, Types types, Diagnostics diagnostics, Trees trees) {
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
    this.deprecatedUses = new DeprecatedUses(elements);
    this.results = new ResultValidator(elements, types, diagnostics);
    this.naming = new TypeNamingValidator(diagnostics);
    this.instances = new InstanceValidator(elements, types, diagnostics);
    this.parameters = new ParameterValidator(types, diagnostics);
    this.components = new RecordComponentValidator(elements, trees, diagnostics);
  }

  /** Checks one declaration on its own; reports what is wrong and returns nothing if anything is. */
  Optional<ReceiverModel> createIfValid(ExecutableElement method, AnnotationMirror annotation) {
    if (components.isComponentAccessor(method)) {
      return Optional.empty();
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String name = SourceNames.method(method);
    Map<String, AnnotationValue> explicit = new HashMap<>();
    annotation.getElementValues().forEach((k, v) -> explicit.put(k.getSimpleName().toString(), v));
    Map<String, AnnotationValue> values = new HashMap<>();
    elements
        .getElementValuesWithDefaults(annotation)
        .forEach((k, v) -> values.put(k.getSimpleName().toString(), v));
    AnnotationValue signalValue = explicit.get("signal");
    AnnotationValue senderValue = explicit.get("sender");
    AnnotationValue subclassesValue = explicit.get("includeSubclasses");
    boolean valid = true;

    // Reachability.
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.report(Message.PRIVATE_RECEIVER, method, annotation, null, name);
      valid = false;
    }
    String unreachable = unreachableReason(owner);
    if (unreachable != null) {
      diagnostics.report(
          Message.INACCESSIBLE_CLASS, method, annotation, null, name, SourceNames.type(owner), unreachable);
      valid = false;
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.report(
          Message.GENERIC_RECEIVER,
          method,
          annotation,
          null,
          name,
          method.getTypeParameters().stream()
              .map(TypeParameterElement::getSimpleName)
              .collect(Collectors.joining(", ", "<", ">")));
      valid = false;
    }

    // The signal.
    TypeMirror signalMirror = (TypeMirror) values.get("signal").getValue();
    TypeElement signal = null;
    String unusable = unusableSignalReason(signalMirror);
    if (unusable != null) {
      diagnostics.report(
          Message.UNUSABLE_SIGNAL, method, annotation, signalValue, SourceNames.type(signalMirror), unusable);
      valid = false;
    } else {
      signal = (TypeElement) ((DeclaredType) signalMirror).asElement();
    }

    // The sender.
    TypeMirror senderMirror = (TypeMirror) values.get("sender").getValue();
    TypeElement sender = null;
    if (senderMirror.getKind() != TypeKind.VOID) {
      if (senderMirror instanceof DeclaredType declared
          && declared.asElement().getKind() != ElementKind.ANNOTATION_TYPE) {
        sender = (TypeElement) declared.asElement();
      } else {
        diagnostics.report(
            Message.UNUSABLE_SENDER,
            method,
            annotation,
            senderValue,
            SourceNames.type(senderMirror),
            senderMirror instanceof DeclaredType
                ? "it is an annotation type"
                : senderMirror instanceof ArrayType ? "it is an array type" : "it is a primitive type");
        valid = false;
      }
    }
    boolean includeSubclasses = (Boolean) values.get("includeSubclasses").getValue();
    if (includeSubclasses && senderMirror.getKind() == TypeKind.VOID) {
      diagnostics.report(Message.SUBCLASSES_WITHOUT_SENDER, method, annotation, subclassesValue, name);
      valid = false;
    }
    if (includeSubclasses && sender != null && sender.getModifiers().contains(Modifier.FINAL)) {
      diagnostics.report(
          Message.SUBCLASSES_OF_FINAL_SENDER, method, annotation, subclassesValue, name, SourceNames.type(sender));
      valid = false;
    }
    if (signal != null
        && sender != null
        && signal.getTypeParameters().size() == 1
        && !withinBound(sender, signal.getTypeParameters().get(0))) {
      diagnostics.report(
          Message.SENDER_OUT_OF_BOUNDS,
          method,
          annotation,
          senderValue,
          SourceNames.type(sender),
          name,
          SourceNames.type(signal),
          SourceNames.type(types.erasure(signal.getTypeParameters().get(0).getBounds().get(0))));
      valid = false;
      sender = null; // nothing more to say about the payload against this sender
      signal = null;
    }

    // Parameters.
    List<? extends VariableElement> parameters = method.getParameters();
    TypeName senderParameterType = null;
    boolean unchecked = false;
    if (parameters.isEmpty()) {
      diagnostics.report(
          Message.NO_PAYLOAD,
          method,
          annotation,
          null,
          name,
          method.getSimpleName(),
          signal == null ? "Payload" : ParameterValidator.expectedPayload(signal, sender, includeSubclasses));
      valid = false;
    } else if (parameters.size() > 2) {
      diagnostics.report(Message.TOO_MANY_PARAMETERS, method, annotation, null, name, parameters.size());
      valid = false;
    } else if (!method.getTypeParameters().isEmpty()) {
      valid = false; // reported above: checks of types that use its type variables would mislead
    } else if (!naming.checkParameters(method, annotation, name)) {
      valid = false; // the types themselves are wrong: nothing more to say about how they fit
    } else {
      if (signal != null) {
        Boolean payloadUnchecked =
            this.parameters.checkPayload(
                method, annotation, senderValue, name, parameters.get(0), signal, sender, includeSubclasses);
        if (payloadUnchecked == null) {
          valid = false;
        } else {
          unchecked |= payloadUnchecked;
        }
      }
      if (parameters.size() == 2) {
        VariableElement parameter = parameters.get(1);
        Boolean cast =
            this.parameters.checkSenderParameter(name, parameter, sender, senderMirror.getKind() == TypeKind.VOID);
        if (cast == null) {
          valid = false;
        } else {
          senderParameterType = TypeName.get(parameter.asType());
          if (cast) {
            unchecked = true;
          } else {
            senderParameterType = ClassName.get(Class.class); // no cast: passed as it comes
          }
        }
      }
    }

    // What it returns.
    String phase = phaseOf(values.get("phase"));
    valid &= results.check(method, annotation, explicit.get("phase"), name, phase);

    // Instances.
    boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
    InstanceValidator.Instance instance = instances.check(method, annotation, name, isStatic);
    valid &= instance != null;

    if (!valid || unreachable != null) {
      return Optional.empty();
    }
    TypeMirror payload = parameters.get(0).asType();
    Set<TypeElement> referenced = new LinkedHashSet<>();
    referenced.add(owner);
    collectTypes(payload, referenced);
    if (parameters.size() == 2) {
      collectTypes(parameters.get(1).asType(), referenced);
    }
    String uid = (String) values.get("dispatchUid").getValue();
    return Optional.of(
        new ReceiverModel(
            method,
            annotation,
            ClassName.get(signal),
            elements.getBinaryName(signal).toString(),
            sender == null ? null : ClassName.get(sender),
            includeSubclasses,
            (Integer) values.get("order").getValue(),
            uid.isEmpty() ? null : uid,
            phase,
            ClassName.get(owner),
            SourceNames.wildcarded(owner),
            method.getSimpleName().toString(),
            parameters.stream().map(p -> types.erasure(p.asType()).toString()).collect(Collectors.toList()),
            name,
            isStatic
                ? ReceiverModel.Kind.STATIC
                : instance.supplied() ? ReceiverModel.Kind.SUPPLIED : ReceiverModel.Kind.INSTANCE,
            method.getReturnType().getKind() == TypeKind.VOID,
            throwsNeitherExceptionNorError(method),
            TypeName.get(payload),
            senderParameterType,
            unchecked,
            method.getModifiers().contains(Modifier.PUBLIC),
            instance.constructorPublic(),
            List.copyOf(referenced),
            warnings(method, senderParameterType, signal, sender, instance.constructor())));
  }

  /**
   * Whether the method declares a {@code Throwable} that is neither an {@code Exception} nor an
   * {@code Error}, such as {@code throws Throwable}: the generated call carries it in an {@code
   * Exception}, since a send reports exceptions and passes errors on.
   */
  private boolean throwsNeitherExceptionNorError(ExecutableElement method) {
    TypeMirror exception = elements.getTypeElement("java.lang.Exception").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    return method.getThrownTypes().stream()
        .anyMatch(t -> !types.isSubtype(t, exception) && !types.isSubtype(t, error));
  }

  /** The name of the {@code Phase} constant; a runtime without phases has only the default. */
  private static String phaseOf(AnnotationValue value) {
    return value != null && value.getValue() instanceof VariableElement constant
        ? constant.getSimpleName().toString()
        : ReceiverModel.DURING_SEND;
  }

  /** What generated code draws by naming the parts of a valid receiver; see {@link DeprecatedUses}. */
  private ReceiverModel.Warnings warnings(
      ExecutableElement method,
      TypeName senderParameterType,
      TypeElement signal,
      TypeElement sender,
      ExecutableElement constructor) {
    Set<String> call = deprecatedUses.ofElement(method);
    call.addAll(deprecatedUses.ofType(method.getParameters().get(0).asType()));
    if (senderParameterType != null && !senderParameterType.equals(ClassName.get(Class.class))) {
      call.addAll(deprecatedUses.ofType(method.getParameters().get(1).asType()));
    }
    Set<String> creation = deprecatedUses.ofElement(method.getEnclosingElement());
    if (constructor != null) {
      creation.addAll(deprecatedUses.ofElement(constructor));
    }
    return new ReceiverModel.Warnings(
        List.copyOf(call),
        List.copyOf(creation),
        List.copyOf(deprecatedUses.ofElement(signal)),
        sender == null ? List.of() : List.copyOf(deprecatedUses.ofElement(sender)));
  }

  /**
   * Checks what only shows across declarations: the same declaration twice on one method, and a
   * dispatch uid used twice for one signal and sender. Reports on the later one in dispatch order
   * and returns the receivers that remain.
   */
  List<ReceiverModel> checkTogether(List<ReceiverModel> receivers) {
    List<ReceiverModel> sorted = new ArrayList<>(receivers);
    sorted.sort(ReceiverModel.DISPATCH_ORDER);
    Set<String> declarations = new HashSet<>();
    Map<String, ReceiverModel> uids = new HashMap<>();
    List<ReceiverModel> kept = new ArrayList<>();
    for (ReceiverModel receiver : sorted) {
      String sender = receiver.sender() == null ? "" : receiver.sender().canonicalName();
      String declaration =
          receiver.owner().canonicalName() + "#" + receiver.methodName() + receiver.parameterTypes()
              + "#" + receiver.signal().canonicalName() + "#" + sender + "#" + receiver.phase();
      if (!declarations.add(declaration)) {
        diagnostics.report(
            Message.DUPLICATE_RECEIVER,
            receiver.method(),
            receiver.annotation(),
            null,
            receiver.displayName(),
            receiver.signal().simpleName(),
            receiver.sender() == null ? "" : ", sender = " + receiver.sender().simpleName() + ".class");
        continue;
      }
      if (receiver.dispatchUid() != null) {
        String key = receiver.signal().canonicalName() + "#" + sender + "#" + receiver.dispatchUid();
        ReceiverModel first = uids.putIfAbsent(key, receiver);
        if (first != null) {
          diagnostics.report(
              Message.DUPLICATE_DISPATCH_UID,
              receiver.method(),
              receiver.annotation(),
              valueOf(receiver.annotation(), "dispatchUid"),
              receiver.displayName(),
              receiver.dispatchUid(),
              receiver.signal().simpleName(),
              receiver.senderDescription(),
              first.displayName());
          continue;
        }
      }
      kept.add(receiver);
    }
    return kept;
  }

  /**
   * Checks that the registry, once its package is known, can name every signal and sender; returns
   * the receivers that pass.
   */
  List<ReceiverModel> checkAccessibleFrom(ClassName registry, List<ReceiverModel> receivers) {
    List<ReceiverModel> kept = new ArrayList<>();
    for (ReceiverModel receiver : receivers) {
      if (!naming.checkPackage(receiver, registry.packageName())) {
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

  private boolean accessible(ReceiverModel receiver, String role, ClassName type, ClassName registry) {
    TypeElement element = elements.getTypeElement(type.canonicalName());
    if (element == null || RegistryModel.accessible(element, registry.packageName())) {
      return true;
    }
    diagnostics.report(
        Message.INACCESSIBLE_TYPE,
        receiver.method(),
        receiver.annotation(),
        valueOf(receiver.annotation(), role),
        role,
        SourceNames.type(element),
        receiver.displayName(),
        registry.canonicalName(),
        isPrivate(element)
            ? "make it package-private or public"
            : "make it public, or generate the registry in package " + type.packageName() + " with @SignalsApp");
    return false;
  }

  private static boolean isPrivate(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  private static AnnotationValue valueOf(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
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

  private boolean withinBound(TypeElement sender, TypeParameterElement parameter) {
    for (TypeMirror bound : parameter.getBounds()) {
      if (!types.isSubtype(types.erasure(sender.asType()), types.erasure(bound))) {
        return false;
      }
    }
    return true;
  }

  private void collectTypes(TypeMirror type, Set<TypeElement> into) {
    if (type instanceof DeclaredType declared) {
      into.add((TypeElement) declared.asElement());
      declared.getTypeArguments().forEach(t -> collectTypes(t, into));
    } else if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) {
        collectTypes(wildcard.getExtendsBound(), into);
      }
      if (wildcard.getSuperBound() != null) {
        collectTypes(wildcard.getSuperBound(), into);
      }
    } else if (type instanceof ArrayType array) {
      collectTypes(array.getComponentType(), into);
    }
  }

}
