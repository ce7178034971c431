package io.signals4j.processor;

import com.palantir.javapoet.ClassName;
import com.sun.source.util.Trees;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Decides the registry's name, and reports a name that is not a class name or that clashes with a
 * type of the compilation.
 *
 * <p>{@code @SignalsApp(registry = "X")} gives {@code <its package>.X}; else the {@value
 * SignalsProcessor#REGISTRY_OPTION} option; else {@code SignalsRegistry} in the package of the
 * first receiver class in name order.
 */
final class RegistryNameValidator {

  static final String DEFAULT_REGISTRY = "SignalsRegistry";

  /**
   * A registry name and where it came from, so that a diagnostic about it lands where it can be
   * fixed.
   *
   * @param name the registry class
   * @param app the {@code @SignalsApp} class that named it, or null
   * @param annotation its {@code @SignalsApp}, or null
   * @param value its {@code registry} value, or null when it took the default
   * @param fix how to choose another name, for messages
   */
  record RegistryName(
      ClassName name, TypeElement app, AnnotationMirror annotation, AnnotationValue value, String fix) {}

  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Trees trees;

  /** @param trees the compiler's tree API, or null when the compiler does not offer it */
  RegistryNameValidator(Elements elements, Diagnostics diagnostics, Trees trees) {
    this.elements = elements;
    this.diagnostics = diagnostics;
    this.trees = trees;
  }

  /**
   * The registry name; reports and returns nothing when the name is not a class name.
   *
   * @param apps the {@code @SignalsApp} classes, in name order; all but the first are reported
   *     before this is called
   * @param option the value of {@value SignalsProcessor#REGISTRY_OPTION}, or null
   */
  Optional<RegistryName> createIfValid(
      List<TypeElement> apps, String option, List<ReceiverModel> receivers) {
    if (!apps.isEmpty()) {
      return fromApp(apps.get(0));
    }
    if (option != null) {
      if (!SourceVersion.isName(option) || option.indexOf('.') < 0) {
        diagnostics.report(
            Message.BAD_REGISTRY_NAME,
            null,
            "\"" + option + "\"",
            "-A" + SignalsProcessor.REGISTRY_OPTION + " value",
            "write a fully qualified class name such as com.example.AppSignals");
        return Optional.empty();
      }
      int dot = option.lastIndexOf('.');
      return Optional.of(
          new RegistryName(
              ClassName.get(option.substring(0, dot), option.substring(dot + 1)),
              null,
              null,
              null,
              "pass another name with -A" + SignalsProcessor.REGISTRY_OPTION));
    }
    String pkg =
        receivers.stream()
            .map(ReceiverModel::owner)
            .min(Comparator.comparing(ClassName::canonicalName))
            .map(ClassName::packageName)
            .orElse("");
    return Optional.of(
        new RegistryName(
            ClassName.get(pkg, DEFAULT_REGISTRY),
            null,
            null,
            null,
            "name the registry with @SignalsApp(registry = \"...\") on a class of the module, or"
                + " with -A" + SignalsProcessor.REGISTRY_OPTION));
  }

  private Optional<RegistryName> fromApp(TypeElement app) {
    AnnotationMirror mirror = appMirror(app);
    AnnotationValue value = null;
    String simpleName = DEFAULT_REGISTRY;
    for (var entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("registry")) {
        value = entry.getValue();
        simpleName = (String) value.getValue();
      }
    }
    if (!SourceVersion.isIdentifier(simpleName) || SourceVersion.isKeyword(simpleName)) {
      diagnostics.report(
          Message.BAD_REGISTRY_NAME,
          app,
          mirror,
          value,
          "\"" + simpleName + "\"",
          "registry name",
          "write a simple class name such as \"AppSignals\"; the registry goes in the package of "
              + SourceNames.type(app));
      return Optional.empty();
    }
    String suggestion = app.getSimpleName() + "Signals";
    return Optional.of(
        new RegistryName(
            ClassName.get(RegistryModel.packageOf(app), simpleName),
            app,
            mirror,
            value,
            "name it differently, such as @SignalsApp(registry = \""
                + (suggestion.equals(simpleName) ? "Module" + suggestion : suggestion)
                + "\")"));
  }

  /**
   * Checks that no type of this compilation already has the name of a class to generate; reports
   * the clash and returns false otherwise. Types on the class path are left alone: an earlier
   * build's registry is one, and javac replaces it.
   */
  boolean checkNoClash(RegistryName registry, ClassName generated) {
    TypeElement existing = elements.getTypeElement(generated.canonicalName());
    if (existing == null || !fromSource(existing)) {
      return true;
    }
    reportClash(
        registry,
        generated,
        existing,
        kind(existing) + " " + existing.getQualifiedName() + ", declared in this compilation");
    return false;
  }

  /**
   * Reports that {@code generated} cannot be written because {@code existing} has its name: on the
   * {@code @SignalsApp} value that chose the name, else on the clashing type when it is known.
   */
  void reportClash(RegistryName registry, ClassName generated, TypeElement clashing, String existing) {
    String what =
        generated.equals(registry.name())
            ? "registry " + generated.canonicalName()
            : "class " + generated.canonicalName() + " of registry " + registry.name().canonicalName();
    diagnostics.report(
        Message.REGISTRY_NAME_CLASH,
        registry.app() != null ? registry.app() : clashing,
        registry.annotation(),
        registry.value(),
        what,
        existing,
        registry.fix());
  }

  private boolean fromSource(TypeElement type) {
    try {
      return trees != null && trees.getPath(type) != null;
    } catch (RuntimeException e) {
      return false; // no trees: the Filer's refusal is reported instead
    }
  }

  private static String kind(TypeElement type) {
    return type.getKind() == ElementKind.ANNOTATION_TYPE
        ? "annotation type"
        : type.getKind().name().toLowerCase(Locale.ROOT);
  }

  static AnnotationMirror appMirror(TypeElement app) {
    return app.getAnnotationMirrors().stream()
        .filter(m -> SourceNames.annotationName(m).equals(SignalsProcessor.SIGNALS_APP))
        .findFirst()
        .orElseThrow();
  }
}
