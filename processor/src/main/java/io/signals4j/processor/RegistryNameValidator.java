package io.signals4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;
import javax.lang.model.util.Elements;

/**
 * Decides the registry's name, and reports a name that is not a class name or that clashes with a
 * type of the compilation or of its class path.
 *
 * <p>{@code @SignalsApp(registry = "X")} gives {@code <its package>.X}; else the {@value
 * SignalsProcessor#REGISTRY_OPTION} option; else {@code SignalsRegistry} in the package of the
 * first receiver class in name order. When the compilation compiles a module's tests (see {@link
 * CompilationOutput}), a name from the option or the default gets {@value #TEST_SUFFIX} appended,
 * since the test class path holds the main registry of the same name; a {@code @SignalsApp} in the
 * test sources names the test registry exactly.
 */
final class RegistryNameValidator {

  static final String DEFAULT_REGISTRY = "SignalsRegistry";
  static final String TEST_SUFFIX = "ForTests";

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
  private final Set<String> sourceTypes = new HashSet<>();
  private final Filer filer;

  RegistryNameValidator(Elements elements, Diagnostics diagnostics, Filer filer) {
    this.elements = elements;
    this.diagnostics = diagnostics;
    this.filer = filer;
  }

  /**
   * The registry name; reports and returns nothing when the name is not a class name.
   *
   * @param apps the {@code @SignalsApp} classes, in name order; all but the first are reported
   *     before this is called
   * @param options the processor options
   * @param tests whether the compilation compiles a module's tests
   */
  Optional<RegistryName> createIfValid(
      List<TypeElement> apps, Map<String, String> options, List<ReceiverModel> receivers, boolean tests) {
    if (!apps.isEmpty()) {
      return fromApp(apps.get(0));
    }
    String suffix = tests ? TEST_SUFFIX : "";
    if (options.containsKey(SignalsProcessor.REGISTRY_OPTION)) {
      return fromOption(options.get(SignalsProcessor.REGISTRY_OPTION), receivers, suffix);
    }
    String pkg =
        receivers.stream()
            .map(ReceiverModel::owner)
            .min(Comparator.comparing(ClassName::canonicalName))
            .map(ClassName::packageName)
            .orElse("");
    return Optional.of(
        new RegistryName(
            ClassName.get(pkg, DEFAULT_REGISTRY + suffix),
            null,
            null,
            null,
            "name the registry with @SignalsApp(registry = \"...\") on a class of the module, or"
                + " with -A" + SignalsProcessor.REGISTRY_OPTION));
  }

  private Optional<RegistryName> fromOption(String option, List<ReceiverModel> receivers, String suffix) {
    String value = option == null ? "" : option.strip();
    String what = "-A" + SignalsProcessor.REGISTRY_OPTION + " value";
    if (!SourceVersion.isName(value) || value.indexOf('.') < 0) {
      diagnostics.report(
          Message.BAD_REGISTRY_NAME,
          null,
          "\"" + value + "\"",
          what,
          "write a fully qualified class name such as com.example.AppSignals");
      return Optional.empty();
    }
    int dot = value.lastIndexOf('.');
    String pkg = value.substring(0, dot);
    String foreign = foreignPackage(pkg, receivers);
    if (foreign != null) {
      diagnostics.report(
          Message.BAD_REGISTRY_NAME,
          null,
          "\"" + value + "\"",
          what,
          "package " + pkg + " " + foreign + ", where this module cannot add classes; name a"
              + " package of this module");
      return Optional.empty();
    }
    return Optional.of(
        new RegistryName(
            ClassName.get(pkg, value.substring(dot + 1) + suffix),
            null,
            null,
            null,
            "pass another name with -A" + SignalsProcessor.REGISTRY_OPTION));
  }

  /**
   * Why a module cannot add classes to {@code pkg}, or null if it can: {@code java.*} belongs to
   * the JDK whether it exists or not (class loaders refuse it), and a package of another named
   * module is that module's alone.
   */
  private String foreignPackage(String pkg, List<ReceiverModel> receivers) {
    if (pkg.equals("java") || pkg.startsWith("java.")) {
      return "is reserved for the JDK";
    }
    PackageElement existing = elements.getPackageElement(pkg);
    ModuleElement module = existing == null ? null : elements.getModuleOf(existing);
    if (module == null || module.isUnnamed()) {
      return null;
    }
    ModuleElement own =
        receivers.isEmpty() ? null : elements.getModuleOf(receivers.get(0).method());
    return module.equals(own) ? null : "belongs to module " + module.getQualifiedName();
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
   * Checks that no type of this compilation or its class path already has the name of a class to
   * generate; reports the clash and returns false otherwise. A class of the class path is left
   * alone only when it is in this compilation's own class output: an earlier build of this
   * registry, which javac replaces. Anywhere else it is another module's class, most often its
   * registry under the same default name, and writing ours would hide one of the two at run time.
   *
   * @param anchor where to report when the name was not chosen by a {@code @SignalsApp}: a receiver
   */
  boolean checkNoClash(RegistryName registry, ClassName generated, Element anchor) {
    TypeElement existing = elements.getTypeElement(generated.canonicalName());
    if (existing == null) {
      return true;
    }
    if (fromSource(existing)) {
      reportClash(
          registry,
          generated,
          existing,
          kind(existing) + " " + existing.getQualifiedName() + ", declared in this compilation");
      return false;
    }
    if (inClassOutput(generated)) {
      return true;
    }
    reportClash(
        registry,
        generated,
        anchor,
        kind(existing) + " " + existing.getQualifiedName() + " on the class path, where another"
            + " module put it, so that one of them would hide the other at run time");
    return false;
  }

  /**
   * Checks that every file javac writes for {@code files} has a name that file systems accept:
   * {@code AppSignals.java}, {@code AppSignals.class} and one class file per nested class, named
   * after all the classes it is in. Reports the first that does not and returns false.
   */
  boolean checkFileNames(RegistryName registry, List<JavaFile> files, Element anchor) {
    for (JavaFile file : files) {
      for (String name : fileNames(file.typeSpec(), "")) {
        if (!Limits.fitsFileName(name)) {
          diagnostics.report(
              Message.FILE_NAME_TOO_LONG,
              registry.app() != null ? registry.app() : anchor,
              registry.annotation(),
              registry.value(),
              registry.name().canonicalName(),
              name.length() > 60 ? name.substring(0, 28) + "..." + name.substring(name.length() - 28) : name,
              name.getBytes(StandardCharsets.UTF_8).length,
              Limits.MAX_FILE_NAME_BYTES,
              registry.fix().replace("name it differently", "give it a shorter name"));
          return false;
        }
      }
    }
    return true;
  }

  private static List<String> fileNames(TypeSpec type, String enclosing) {
    List<String> names = new ArrayList<>();
    String binary = enclosing.isEmpty() ? type.name() : enclosing + "$" + type.name();
    if (enclosing.isEmpty()) {
      names.add(binary + ".java");
    }
    names.add(binary + ".class");
    for (TypeSpec nested : type.typeSpecs()) {
      names.addAll(fileNames(nested, binary));
    }
    return names;
  }

  /** Whether the class file of {@code type} is in this compilation's class output. */
  private boolean inClassOutput(ClassName type) {
    try (InputStream in =
        filer
            .getResource(
                StandardLocation.CLASS_OUTPUT,
                type.packageName(),
                String.join("$", type.simpleNames()) + ".class")
            .openInputStream()) {
      return in != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Reports that {@code generated} cannot be written because {@code existing} has its name: on the
   * {@code @SignalsApp} value that chose the name, else on the clashing type when it is known.
   */
  void reportClash(RegistryName registry, ClassName generated, Element clashing, String existing) {
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

  /** Records the top-level classes of a round's sources, which are this compilation's own. */
  void addSources(RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        sourceTypes.add(type.getQualifiedName().toString());
      }
    }
  }

  private boolean fromSource(TypeElement type) {
    TypeElement outermost = type;
    while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
      outermost = enclosing;
    }
    return sourceTypes.contains(outermost.getQualifiedName().toString());
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
