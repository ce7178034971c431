package io.signals4j.processor;

import com.palantir.javapoet.ClassName;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks {@code @Receiver} declarations against every rule and turns the valid ones into {@link
 * ReceiverModel}s.
 *
 * <p>Each family of rules has a class of its own, whose javadoc lists its rules and the decisions
 * behind the debatable ones. Each reports through {@link Diagnostics} and checking goes on, so one
 * build shows every error; a declaration that breaks any rule gives no model. In the order they
 * run:
 *
 * <ol>
 *   <li>{@link RecordComponentValidator}: {@code @Receiver} on a record component.
 *   <li>{@link ReachabilityValidator}: the registry can call the method.
 *   <li>{@link SignalValidator}: the signal and sender it hears.
 *   <li>{@link ParameterValidator}: its parameters fit them, with {@link PayloadValidator} for the
 *       payload and {@link TypeNamingValidator} for types that generated code must name.
 *   <li>{@link ResultValidator}: what it returns and throws.
 *   <li>{@link InstanceValidator}: the object an instance method is called on.
 *   <li>Across declarations, {@link DuplicateValidator}; and once the registry's name is known,
 *       {@link TypeNamingValidator} again.
 * </ol>
 */
final class ReceiverValidator {

  private final Elements elements;
  private final DeprecatedUses deprecatedUses;
  private final RecordComponentValidator components;
  private final ReachabilityValidator reachability;
  private final SignalValidator signals;
  private final ParameterValidator parameters;
  private final ResultValidator results;
  private final InstanceValidator instances;
  private final DuplicateValidator duplicates;
  private final TypeNamingValidator naming;

  /** @param trees the compiler's tree API, or null when the compiler does not offer it */
  ReceiverValidator(Elements elements, Types types, Diagnostics diagnostics, Trees trees) {
    this.elements = elements;
    this.deprecatedUses = new DeprecatedUses(elements);
    this.components = new RecordComponentValidator(elements, trees, diagnostics);
    this.reachability = new ReachabilityValidator(diagnostics);
    this.signals = new SignalValidator(types, diagnostics);
    this.naming = new TypeNamingValidator(elements, diagnostics);
    this.parameters = new ParameterValidator(types, diagnostics, naming);
    this.results = new ResultValidator(elements, types, diagnostics);
    this.instances = new InstanceValidator(elements, types, diagnostics);
    this.duplicates = new DuplicateValidator(diagnostics);
  }

  /** Checks one declaration on its own; reports what is wrong and returns nothing if anything is. */
  Optional<ReceiverModel> createIfValid(ExecutableElement method, AnnotationMirror mirror) {
    if (components.isComponentAccessor(method)) {
      return Optional.empty();
    }
    ReceiverAnnotation annotation = new ReceiverAnnotation(elements, mirror);
    String name = SourceNames.method(method);
    boolean reachable = reachability.check(method, annotation, name);
    SignalValidator.Target target = signals.check(method, annotation, name);
    ParameterValidator.Parameters parameters = this.parameters.check(method, annotation, name, target);
    ResultValidator.Result result = results.check(method, annotation, name);
    InstanceValidator.Instance instance = instances.check(method, annotation, name);
    if (!reachable || !target.valid() || parameters == null || result == null || instance == null) {
      return Optional.empty();
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    return Optional.of(
        new ReceiverModel(
            method,
            mirror,
            ClassName.get(target.signal()),
            elements.getBinaryName(target.signal()).toString(),
            target.sender() == null ? null : ClassName.get(target.sender()),
            target.includeSubclasses(),
            annotation.order(),
            annotation.dispatchUid(),
            annotation.phase(),
            ClassName.get(owner),
            SourceNames.wildcarded(owner),
            method.getSimpleName().toString(),
            parameters.erasedTypes(),
            name,
            instance.kind(),
            result.returnsVoid(),
            result.throwsThrowable(),
            parameters.payloadType(),
            parameters.senderParameterType(),
            parameters.uncheckedCast(),
            method.getModifiers().contains(Modifier.PUBLIC),
            instance.constructorPublic(),
            TypeNamingValidator.referencedTypes(method),
            deprecatedUses.ofReceiver(
                method, parameters.castsSender(), target.signal(), target.sender(), instance.constructor())));
  }

  /** See {@link DuplicateValidator}; returns the receivers that remain. */
  List<ReceiverModel> checkTogether(List<ReceiverModel> receivers) {
    return duplicates.check(receivers);
  }

  /** See {@link TypeNamingValidator#checkRegistry}; returns the receivers that pass. */
  List<ReceiverModel> checkAccessibleFrom(ClassName registry, List<ReceiverModel> receivers) {
    return naming.checkRegistry(registry, receivers);
  }
}
