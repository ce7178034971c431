package io.signals4j.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.sun.source.util.Trees;
import io.signals4j.processor.RegistryNameValidator.RegistryName;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Compiles the {@code @Receiver} methods of a module into one {@code SignalRegistry}.
 *
 * <p>This class only drives rounds: {@link ReceiverScanner} finds declarations, {@link
 * ReceiverValidator} checks them, {@link RegistryModel} numbers them, {@link RegistryPlan} lays
 * out the code and data they become, and {@link RegistryWriter} and {@link ReportWriter} write the
 * registry and the receivers report. The processor also lists
 * the registry in {@value ServicesFile#PATH}, for applications that find their registries with
 * {@code ServiceLoader} (see {@link ServicesFile}).
 *
 * <p>The registry is written in the first round after which no receiver waits for an unresolved
 * type: usually the first round. Waiting for a round that brings nothing new would not work, since
 * javac runs another round only when some processor wrote a file, so that round would be the last
 * one, where a new source file draws a warning (an error under {@code -Werror}). A receiver that
 * another processor generates after the registry was written is reported as {@link
 * Message#LATE_RECEIVER}.
 *
 * <p>Options: {@value #REGISTRY_OPTION} names the registry when no class is annotated {@code
 * @SignalsApp} (in a compilation of tests, with {@value RegistryNameValidator#TEST_SUFFIX}
 * appended; see {@link RegistryNameValidator}); {@value #MAX_CASES_OPTION} lowers {@link
 * Limits#MAX_CASES_PER_SWITCH}, and {@link Limits#MAX_ROUTE_METHOD_RECEIVERS} with it, for tests.
 * {@link LocalReceiverProcessor}, the jar's second processor, finds the receivers of local classes
 * in rounds this one is not called for.
 */
@AutoService(Processor.class)
public final class SignalsProcessor extends AbstractProcessor {

  /** Processor option: the fully qualified name of the registry. */
  public static final String REGISTRY_OPTION = "signals4j.registry";

  /**
   * Processor option for tests: cases per generated switch, and calls per straight-line route
   * method when fewer, to exercise chunking.
   */
  public static final String MAX_CASES_OPTION = "signals4j.debug.maxCasesPerSwitch";

  static final String SIGNALS_APP = "io.signals4j.SignalsApp";
  static final String SUPPLIED = "io.signals4j.Supplied";
  private static final String GENERATED = "javax.annotation.processing.Generated";

  private Elements elements;
  private Filer filer;
  private Diagnostics diagnostics;
  private ReceiverScanner scanner;
  private ReceiverValidator validator;
  private RegistryNameValidator registryNames;
  private LocalClassScanner localClasses;
  private SourceLocations locations;
  /** The classes this processor wrote, whose trees need no scan for local receivers. */
  private final Set<String> generatedTypes = new java.util.HashSet<>();
  private final List<ReceiverModel> receivers = new ArrayList<>();
  private final List<TypeElement> apps = new ArrayList<>();
  private ClassName written;

  /**
   * Creates the processor, as javac does when it finds it through {@code
   * META-INF/services/javax.annotation.processing.Processor}; it is set up in {@link #init}.
   */
  public SignalsProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // Supplied, read through the receivers it marks, is claimed for the same reason as
    // Generated: the registry carries @Generated, and in the next round javac warns under
    // -Xlint:processing that no processor claimed it, which fails -Werror builds. Nothing reads
    // this source-retention annotation, so claiming it costs no one anything.
    return Set.of(
        ReceiverScanner.RECEIVER, ReceiverScanner.RECEIVERS, SIGNALS_APP, SUPPLIED, GENERATED);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(REGISTRY_OPTION, MAX_CASES_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    elements = env.getElementUtils();
    filer = env.getFiler();
    Trees trees = CompilerTrees.of(env);
    diagnostics = new Diagnostics(env.getMessager(), trees);
    if (trees == null) {
      diagnostics.report(Message.NO_TREE_API, null);
    }
    scanner = new ReceiverScanner(elements);
    localClasses = new LocalClassScanner(trees, diagnostics);
    validator = new ReceiverValidator(elements, env.getTypeUtils(), diagnostics, trees);
    locations = new SourceLocations(trees);
    registryNames = new RegistryNameValidator(elements, diagnostics, filer);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (Throwable t) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      Element anchor = receivers.isEmpty() ? null : receivers.get(0).method();
      diagnostics.report(Message.INTERNAL_ERROR, anchor, trace);
    }
    // Claim our annotations: they mean nothing to other processors, and leaving them unclaimed
    // draws a -Xlint:processing warning.
    return true;
  }

  private void processRound(RoundEnvironment round) throws IOException {
    List<TypeElement> newApps = new ArrayList<>();
    TypeElement signalsApp = elements.getTypeElement(SIGNALS_APP);
    if (signalsApp != null) {
      for (Element element : round.getElementsAnnotatedWith(signalsApp)) {
        if (element instanceof TypeElement type) {
          newApps.add(type);
        }
      }
    }
    newApps.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    registryNames.addSources(round);
    List<ReceiverScanner.Declaration> found = scanner.scan(round);
    localClasses.reportReceivers(round, generatedTypes);
    if (written != null) {
      for (ReceiverScanner.Declaration declaration : found) {
        diagnostics.report(
            Message.LATE_RECEIVER,
            declaration.method(),
            declaration.annotation(),
            null,
            SourceNames.method(declaration.method()),
            written.canonicalName());
      }
      for (TypeElement app : newApps) {
        reportDuplicateApp(app, written.canonicalName());
      }
      return;
    }
    apps.addAll(newApps);
    for (ReceiverScanner.Declaration declaration : found) {
      Optional<ReceiverModel> receiver =
          validator.createIfValid(declaration.method(), declaration.annotation());
      if (receiver.isPresent()) {
        receivers.add(receiver.get());
        locations.remember(declaration.method()); // for the report, while this round's trees can tell
      }
    }
    if (round.processingOver()) {
      scanner.reportUnresolved(diagnostics);
      return;
    }
    if (!scanner.hasDeferred() && (!receivers.isEmpty() || !apps.isEmpty())) {
      generate();
    }
  }

  private void generate() throws IOException {
    for (TypeElement other : apps.subList(Math.min(1, apps.size()), apps.size())) {
      reportDuplicateApp(other, apps.get(0).getQualifiedName().toString());
    }
    Optional<RegistryName> registry =
        registryNames.createIfValid(
            apps, processingEnv.getOptions(), receivers, CompilationOutput.compilesTests(filer));
    if (registry.isEmpty()) {
      return;
    }
    ClassName name = registry.get().name();
    written = name;
    List<ReceiverModel> valid = validator.checkTogether(receivers);
    valid = validator.checkAccessibleFrom(name, valid);
    RegistryModel model = RegistryModel.create(name, valid);
    RegistryPlan plan = RegistryPlan.create(model, maxCases());
    boolean generatedAvailable =
        elements.getTypeElement(GENERATED) != null;
    List<JavaFile> files = new RegistryWriter(plan, generatedAvailable, this::typesInPackage).write();
    Element anchor = valid.isEmpty() ? null : valid.get(0).method();
    if (!registryNames.checkFileNames(registry.get(), files, anchor)) {
      return;
    }
    boolean clash = false;
    for (JavaFile file : files) {
      clash |= !registryNames.checkNoClash(registry.get(), className(file), anchor);
    }
    if (clash) {
      return;
    }
    for (JavaFile file : files) {
      generatedTypes.add(className(file).canonicalName());
      try {
        writeSource(file);
      } catch (FilerException e) {
        // A clash checkNoClash could not see, such as a file another processor wrote: the Filer knows.
        registryNames.reportClash(registry.get(), className(file), null, "an existing type");
        return;
      } catch (IOException e) {
        reportWriteFailure(className(file).canonicalName(), anchor, e);
        return;
      }
    }
    ReportWriter report = new ReportWriter(model, locations);
    Element[] origins =
        model.receivers().stream().map(r -> r.method().getEnclosingElement()).distinct().toArray(Element[]::new);
    String services =
        ServicesFile.merge(
            existingLines(ServicesFile.PATH),
            name.reflectionName() + "$" + ServicesFile.DISCOVERED,
            binaryName -> elements.getTypeElement(binaryName.replace('$', '.')) != null);
    Map<String, String> resources = new LinkedHashMap<>();
    resources.put(report.path("json"), report.json());
    resources.put(report.path("txt"), report.text());
    resources.put(ServicesFile.PATH, services);
    for (Map.Entry<String, String> resource : resources.entrySet()) {
      try {
        writeResource(resource.getKey(), resource.getValue(), origins);
      } catch (IOException e) {
        reportWriteFailure(resource.getKey(), anchor, e);
      }
    }
  }

  /** A file the Filer could not write: a tagged error on the receiver, not a javac stack trace. */
  private void reportWriteFailure(String file, Element anchor, IOException e) {
    diagnostics.report(Message.WRITE_FAILED, anchor, file, written.canonicalName(), String.valueOf(e));
  }

  /** The simple names of the top-level classes of a package, from sources and the class path. */
  private Set<String> typesInPackage(String pkg) {
    Set<String> names = new java.util.TreeSet<>();
    PackageElement element = elements.getPackageElement(pkg);
    if (element != null) {
      for (Element member : element.getEnclosedElements()) {
        names.add(member.getSimpleName().toString());
      }
    }
    return names;
  }

  /** The lines of a resource already in the class output, or none. */
  private List<String> existingLines(String path) {
    try {
      FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
      return List.of(existing.getCharContent(true).toString().split("\\R"));
    } catch (IOException | RuntimeException e) {
      return List.of(); // none yet, or a file manager that cannot read its output
    }
  }

  /**
   * What {@link JavaFile#writeTo(Filer)} does, but with the source rendered to a string first:
   * JavaPoet writes a few characters at a time, and javac's source writer encodes each write on its
   * own, which for a large registry cost more than rendering it.
   */
  private void writeSource(JavaFile file) throws IOException {
    String text = file.toString();
    JavaFileObject source =
        filer.createSourceFile(
            className(file).canonicalName(), file.typeSpec().originatingElements().toArray(new Element[0]));
    try (Writer writer = source.openWriter()) {
      writer.write(text);
    } catch (Exception e) {
      try {
        source.delete();
      } catch (Exception ignored) {
        // as JavaPoet: the first failure is the one to report
      }
      throw e;
    }
  }

  private static ClassName className(JavaFile file) {
    return ClassName.get(file.packageName(), file.typeSpec().name());
  }

  private void writeResource(String path, String content, Element[] origins) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
    try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      writer.write(content);
    }
  }

  private void reportDuplicateApp(TypeElement app, String first) {
    diagnostics.report(
        Message.DUPLICATE_SIGNALS_APP,
        app,
        RegistryNameValidator.appMirror(app), null, SourceNames.type(app), first);
  }

  private int maxCases() {
    String value = processingEnv.getOptions().get(MAX_CASES_OPTION);
    if (value == null) {
      return Limits.MAX_CASES_PER_SWITCH;
    }
    try {
      return Math.max(2, Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      processingEnv
          .getMessager()
          .printMessage(Diagnostic.Kind.WARNING, "Ignoring " + MAX_CASES_OPTION + "=" + value);
      return Limits.MAX_CASES_PER_SWITCH;
    }
  }
}
