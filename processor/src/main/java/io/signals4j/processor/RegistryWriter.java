package io.signals4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.signals4j.processor.RegistryModel.Dispatcher;
import io.signals4j.processor.RegistryModel.InstanceSlot;
import io.signals4j.processor.RegistryModel.SignalModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@link RegistryModel} as Java source: the registry class and its package dispatchers.
 *
 * <p>Everything is a {@code switch} over dense ids or an {@code ==} against a class literal, with a
 * comment naming the receiver on each case. Switches with more than {@code maxCases} cases are
 * split by construction: the public method switches over {@code id / maxCases} and calls a chunk
 * method that switches over at most {@code maxCases} ids; chunk methods live in nested classes of
 * {@link Limits#CHUNKS_PER_CLASS} chunks each, so no class's constant pool grows with the module.
 */
final class RegistryWriter {

  static final String PROCESSOR = "io.signals4j.processor.SignalsProcessor";

  private static final ClassName SIGNAL_REGISTRY = ClassName.get("io.signals4j", "SignalRegistry");
  private static final ClassName RECEIVER_INFO = ClassName.get("io.signals4j", "ReceiverInfo");
  private static final ClassName PHASE = ClassName.get("io.signals4j", "Phase");
  private static final ClassName GENERATED_REGISTRY =
      ClassName.get("io.signals4j.internal", "GeneratedRegistry");
  private static final ClassName INSTANCE_SOURCE =
      ClassName.get("io.signals4j.internal", "InstanceSource");
  private static final ClassName REGISTRY_REFERENCE =
      ClassName.get("io.signals4j.internal", "RegistryReference");
  private static final ClassName ROUTE_FAILURE =
      ClassName.get("io.signals4j.internal", "RouteFailure");
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final TypeName ANY_CLASS =
      ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
  private static final ClassName RAW_CLASS = ClassName.get(Class.class);
  private static final ClassName OBJECT = ClassName.get(Object.class);
  /**
   * Characters of receiver names in a one-line comment, so that with its indentation the line stays
   * near 100 columns; the names that do not fit are counted ("and 3 more").
   */
  private static final int NAMES_COMMENT_WIDTH = 70;

  /** Receivers named per signal in the registry's class javadoc; the report lists them all. */
  private static final int JAVADOC_NAMES = 10;

  /** Width of generated javadoc text, whose lines JavaPoet does not wrap. */
  private static final int JAVADOC_WIDTH = 95;

  /**
   * One case of a switch over ints; its body returns or throws, drawing {@code warnings} that the
   * method holding it suppresses.
   */
  private record Case(
      int key, String comment, CodeBlock body, Set<String> warnings, List<MethodSpec> helpers) {}

  /**
   * The shape of a switch method: its name, parameters, return type, fallback, and the most cases
   * one switch may hold (0: the writer's limit).
   */
  private record Api(
      String name,
      String keyParameter,
      List<ParameterSpec> parameters,
      TypeName returns,
      boolean throwsException,
      CodeBlock fallback,
      String holderFamily,
      int caseLimit) {

    Api(
        String name,
        String keyParameter,
        List<ParameterSpec> parameters,
        TypeName returns,
        boolean throwsException,
        CodeBlock fallback,
        String holderFamily) {
      this(name, keyParameter, parameters, returns, throwsException, fallback, holderFamily, 0);
    }
  }

  /**
   * A route: the receivers a send of one signal from one sender (or from any other sender)
   * reaches, in dispatch order. Routes within the bounds of {@link Limits} get a straight-line
   * method that {@code fire} calls, split into chunk methods when long; they are numbered first,
   * so that one comparison tells the others apart.
   */
  private record Route(int id, SignalModel signal, ClassName sender, List<Integer> receivers, boolean straight) {

    String description() {
      return signal.type().simpleName() + " from " + (sender == null ? "any sender" : sender.simpleName());
    }

    String methodName() {
      return "route" + id;
    }

    /** {@code route7Part2}: the chunk of the route that starts at receiver {@code part * size}. */
    String chunkName(int part) {
      return methodName() + "Part" + part;
    }
  }

  private final RegistryModel model;
  private final Function<String, Set<String>> typesInPackage;
  private final int maxCases;
  /** Receivers per straight-line method: {@link Limits#MAX_ROUTE_METHOD_RECEIVERS}, or fewer in tests. */
  private final int routeChunk;
  private final boolean generatedAvailable;
  private final List<Element> originatingElements;
  private final Map<String, TypeSpec.Builder> holders = new LinkedHashMap<>();
  private final List<Route> routes;
  private final int straightRoutes;
  /** The route of each (signal id, sender), and of each signal's other senders under null. */
  private final Map<Integer, Map<ClassName, Route>> routesBySignal = new LinkedHashMap<>();
  private boolean usesIdsHelper;

  /**
   * @param typesInPackage the simple names of the classes of a package, which generated code in it
   *     must not shadow: a user's {@code Override} or {@code Phase} beside the registry would
   *     otherwise take the place of {@code java.lang.Override} or the imported {@code
   *     io.signals4j.Phase}, so those are written fully qualified there
   */
  RegistryWriter(
      RegistryModel model,
      int maxCases,
      boolean generatedAvailable,
      Function<String, Set<String>> typesInPackage) {
    this.model = model;
    this.typesInPackage = typesInPackage;
    this.maxCases = maxCases;
    this.routeChunk = Math.min(Limits.MAX_ROUTE_METHOD_RECEIVERS, maxCases);
    this.generatedAvailable = generatedAvailable;
    Set<Element> owners = new LinkedHashSet<>();
    model.receivers().forEach(r -> owners.add(r.method().getEnclosingElement()));
    this.originatingElements = List.copyOf(owners);
    this.routes = numberRoutes();
    this.straightRoutes = (int) routes.stream().filter(Route::straight).count();
    for (Route route : routes) {
      routesBySignal
          .computeIfAbsent(route.signal().id(), id -> new LinkedHashMap<>())
          .put(route.sender(), route);
    }
  }

  /**
   * Every (signal, sender) route in signal and sender order, those that get a straight-line method
   * first, within the module's budget of calls.
   */
  private List<Route> numberRoutes() {
    List<Route> candidates = new ArrayList<>();
    for (SignalModel signal : model.signals()) {
      signal.senders().forEach((sender, ids) -> candidates.add(new Route(0, signal, sender, ids, false)));
      candidates.add(new Route(0, signal, null, signal.anySender(), false));
    }
    int budget = Limits.ROUTE_CALLS_PER_RECEIVER * model.receivers().size();
    List<Route> straight = new ArrayList<>();
    List<Route> looped = new ArrayList<>();
    for (Route route : candidates) {
      int calls = route.receivers().size();
      // The runtime defers receivers that wait for the transaction, so a route with one is called
      // receiver by receiver: a straight-line method would call it during the send.
      // A receiver that throws a Throwable of its own is called through invoke, which wraps it.
      boolean oneByOne =
          route.receivers().stream()
              .map(id -> model.receivers().get(id))
              .anyMatch(r -> r.deferred() || r.throwsThrowable());
      boolean fits = calls <= routeChunk * Limits.MAX_ROUTE_CHUNKS && calls <= budget;
      if (calls > 0 && fits && !oneByOne) {
        budget -= calls;
        straight.add(route);
      } else {
        looped.add(route);
      }
    }
    List<Route> numbered = new ArrayList<>();
    for (Route route : straight) {
      numbered.add(new Route(numbered.size(), route.signal(), route.sender(), route.receivers(), true));
    }
    for (Route route : looped) {
      numbered.add(new Route(numbered.size(), route.signal(), route.sender(), route.receivers(), false));
    }
    return List.copyOf(numbered);
  }

  /** The registry and the package dispatchers, in name order. */
  List<JavaFile> write() {
    List<JavaFile> files = new ArrayList<>();
    files.add(registry());
    for (Dispatcher dispatcher : model.dispatchers()) {
      files.add(dispatcher(dispatcher));
    }
    return files;
  }

  private JavaFile registry() {
    ClassName name = model.name();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(GENERATED_REGISTRY)
            .addJavadoc(classJavadoc());
    avoidShadowing(type, name);
    generated(type);
    originatingElements.forEach(type::addOriginatingElement);
    type.addField(
        com.palantir.javapoet.FieldSpec.builder(SIGNAL_REGISTRY, "REGISTRY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The registry, to install with {@code Signals.ready($T.REGISTRY)}.\n", name)
            .initializer("new $T()", name)
            .build());
    type.addField(
        com.palantir.javapoet.FieldSpec.builder(String.class, "NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", name.canonicalName())
            .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(provider());
    type.addType(discovered());
    type.addMethod(
        override("name", TypeName.get(String.class)).addStatement("return NAME").build());
    type.addMethod(signalTypes(type));
    type.addMethod(signalId(type));
    type.addMethod(route(type));
    type.addMethod(receivers(type));
    type.addMethod(firesRoute());
    type.addMethod(fire(type));
    type.addMethod(allReceivers(type));
    type.addMethod(subclassReceivers(type));
    type.addMethod(describe(type));
    type.addMethod(createInstances(type));
    type.addMethod(invoke(type));
    type.addMethod(noSuchMethod());
    if (usesIdsHelper) {
      type.addMethod(idsHelper());
    }
    holders.values().forEach(holder -> type.addType(holder.build()));
    return JavaFile.builder(name.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** What {@code ServiceLoader} calls on the module path, where a provider method may stand in. */
  private MethodSpec provider() {
    return MethodSpec.methodBuilder("provider")
        .addJavadoc(
            "$L",
            wrap(
                "The registry, for {@link java.util.ServiceLoader} on the module path: a module"
                    + " declares {@code provides " + SIGNAL_REGISTRY.canonicalName() + " with "
                    + model.name().canonicalName() + ";}.",
                ""))
        .addJavadoc("\n@return {@link #REGISTRY}\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(SIGNAL_REGISTRY)
        .addStatement("return REGISTRY")
        .build();
  }

  /**
   * What {@code ServiceLoader} constructs on the class path, where it only calls public no-argument
   * constructors: a reference that hands over {@code REGISTRY}, so that discovery never makes a
   * second registry. The processor lists it in {@code META-INF/services}.
   */
  private TypeSpec discovered() {
    return TypeSpec.classBuilder("Discovered")
        .addJavadoc(
            "$L",
            wrap(
                "The registry, for {@link java.util.ServiceLoader} on the class path, which finds"
                    + " this class in {@code META-INF/services/" + SIGNAL_REGISTRY.canonicalName()
                    + "} and constructs it.",
                ""))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(REGISTRY_REFERENCE)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc("Called by {@link java.util.ServiceLoader}.\n")
                .addModifiers(Modifier.PUBLIC)
                .build())
        .addMethod(override("name", TypeName.get(String.class)).addStatement("return NAME").build())
        .addMethod(override("registry", SIGNAL_REGISTRY).addStatement("return REGISTRY").build())
        .build();
  }

  private CodeBlock classJavadoc() {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("The signal receivers of this module: $L.\n", model.summary());
    if (!model.signals().isEmpty()) {
      doc.add("\n<ul>\n");
      Map<ClassName, List<String>> bySignal = new LinkedHashMap<>();
      for (ReceiverModel receiver : model.receivers()) {
        bySignal.computeIfAbsent(receiver.signal(), s -> new ArrayList<>()).add(receiver.displayName());
      }
      for (SignalModel signal : model.signals()) {
        List<String> names = bySignal.get(signal.type());
        String listed =
            names.size() <= JAVADOC_NAMES
                ? String.join(", ", names)
                : String.join(", ", names.subList(0, JAVADOC_NAMES))
                    + " and " + (names.size() - JAVADOC_NAMES) + " more";
        doc.add("$L", wrap("  <li>{@code " + signal.type().simpleName() + "}: " + listed, "      "));
      }
      doc.add("</ul>\n");
    }
    doc.add("\n");
    doc.add(
        "$L",
        wrap(
            "<p>Install it with {@code Signals.ready(" + model.name().simpleName() + ".REGISTRY)}."
                + " Generated by the signals4j processor from the {@code @Receiver} methods of this"
                + " module; the receivers report is in {@code "
                + ReportWriter.path(model.name(), "txt") + "}. Do not edit.",
            ""));
    return doc.build();
  }

  /** Qualifies every imported or {@code java.lang} type named like a class of the package. */
  private void avoidShadowing(TypeSpec.Builder type, ClassName generated) {
    Set<String> names = new TreeSet<>(typesInPackage.apply(generated.packageName()));
    names.remove(generated.simpleName());
    if (!names.isEmpty()) {
      type.alwaysQualify(names.toArray(new String[0]));
    }
  }

  private void generated(TypeSpec.Builder type) {
    if (generatedAvailable) {
      type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
  }

  // --- signalTypes and signalId -------------------------------------------------------------

  private MethodSpec signalTypes(TypeSpec.Builder type) {
    MethodSpec.Builder method = override("signalTypes", ArrayTypeName.of(ANY_CLASS));
    List<SignalModel> signals = model.signals();
    if (signals.size() <= maxCases) {
      method.addStatement("return new $T[] {$L}", ANY_CLASS, classLiterals(signals));
      return suppress(method, signalWarnings(signals)).build();
    }
    method.addStatement("$T[] types = new $T[$L]", ANY_CLASS, ANY_CLASS, signals.size());
    for (int from = 0; from < signals.size(); from += maxCases) {
      List<SignalModel> chunk = signals.subList(from, Math.min(signals.size(), from + maxCases));
      String chunkName = "signalTypes" + from + "To" + (from + chunk.size() - 1);
      MethodSpec.Builder fill =
          MethodSpec.methodBuilder(chunkName)
              .addModifiers(Modifier.STATIC)
              .addParameter(ArrayTypeName.of(ANY_CLASS), "types");
      for (SignalModel signal : chunk) {
        fill.addStatement("types[$L] = $T.class", signal.id(), signal.type());
      }
      suppress(fill, signalWarnings(chunk));
      String holder = holder("SignalIds", from, maxCases, maxCases);
      holders.get(holder).addMethod(fill.build());
      method.addStatement("$L.$L(types)", holder, chunkName);
    }
    method.addStatement("return types");
    return method.build();
  }

  private CodeBlock classLiterals(List<SignalModel> signals) {
    return signals.stream()
        .map(s -> CodeBlock.of("$T.class", s.type()))
        .collect(CodeBlock.joining(",$W"));
  }

  private MethodSpec signalId(TypeSpec.Builder type) {
    MethodSpec.Builder method =
        override("signalId", TypeName.INT).addParameter(ANY_CLASS, "signalType");
    List<SignalModel> signals = model.signals();
    if (signals.size() <= maxCases) {
      if (signals.isEmpty()) {
        return method.addStatement("return NO_SIGNAL").build();
      }
      method.addCode("// A string switch on the name: no map, no class loading; == rules out a namesake.\n");
      method.addCode(nameSwitch(signals, "signalType.getName()"));
      return suppress(method, signalWarnings(signals)).build();
    }
    // Many signals: bucket by the name's hash code (String.hashCode is specified, so the processor
    // computes the same buckets), then switch on the name within the bucket.
    int buckets = (signals.size() + maxCases - 1) / maxCases * 2;
    Map<Integer, List<SignalModel>> byBucket = new java.util.TreeMap<>();
    for (SignalModel signal : signals) {
      byBucket
          .computeIfAbsent(Math.floorMod(signal.binaryName().hashCode(), buckets), b -> new ArrayList<>())
          .add(signal);
    }
    method.addStatement("$T name = signalType.getName()", String.class);
    method.beginControlFlow("switch ($T.floorMod(name.hashCode(), $L))", Math.class, buckets);
    for (Map.Entry<Integer, List<SignalModel>> bucket : byBucket.entrySet()) {
      String bucketName = "signalIdInBucket" + bucket.getKey();
      method.addCode("case $L:\n$>return $L(signalType, name);\n$<", bucket.getKey(), bucketName);
      MethodSpec.Builder bucketMethod =
          MethodSpec.methodBuilder(bucketName)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(TypeName.INT)
              .addParameter(ANY_CLASS, "signalType")
              .addParameter(String.class, "name")
              .addCode(nameSwitch(bucket.getValue(), "name"));
      type.addMethod(suppress(bucketMethod, signalWarnings(bucket.getValue())).build());
    }
    method.addCode("default:\n$>return NO_SIGNAL;\n$<");
    method.endControlFlow();
    return method.build();
  }

  private CodeBlock nameSwitch(List<SignalModel> signals, String nameExpression) {
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch ($L)", nameExpression);
    for (SignalModel signal : signals) {
      code.add(
          "case $S:\n$>return signalType == $T.class ? $L : NO_SIGNAL;\n$<",
          signal.binaryName(),
          signal.type(),
          signal.id());
    }
    code.add("default:\n$>return NO_SIGNAL;\n$<");
    return code.endControlFlow().build();
  }

  // --- receivers and subclassReceivers ------------------------------------------------------

  private MethodSpec route(TypeSpec.Builder type) {
    List<Case> cases = new ArrayList<>();
    for (SignalModel signal : model.signals()) {
      cases.add(routeCase(signal));
    }
    Api api =
        new Api(
            "route",
            "signalId",
            List.of(ParameterSpec.builder(TypeName.INT, "signalId").build(), ParameterSpec.builder(ANY_CLASS, "sender").build()),
            TypeName.INT,
            false,
            CodeBlock.of("throw noSuch($S, signalId);\n", "signal"),
            "SignalIds");
    return switchMethod(type, api, cases);
  }

  private Case routeCase(SignalModel signal) {
    List<Map.Entry<ClassName, List<Integer>>> branches = new ArrayList<>(signal.senders().entrySet());
    int perMethod = Math.min(Limits.MAX_SENDER_BRANCHES_PER_METHOD, maxCases);
    if (branches.size() <= perMethod) {
      return new Case(
          signal.id(),
          signal.type().simpleName(),
          senderChain(signal, branches, null),
          senderWarnings(signal, branches),
          List.of());
    }
    // Many senders: the chain continues from method to method.
    List<MethodSpec> helpers = new ArrayList<>();
    int parts = (branches.size() + perMethod - 1) / perMethod;
    for (int part = 0; part < parts; part++) {
      List<Map.Entry<ClassName, List<Integer>>> slice =
          branches.subList(part * perMethod, Math.min(branches.size(), (part + 1) * perMethod));
      String next = part + 1 < parts ? "routeOfSignal" + signal.id() + "_" + (part + 1) : null;
      MethodSpec.Builder helper =
          MethodSpec.methodBuilder("routeOfSignal" + signal.id() + (part == 0 ? "" : "_" + part))
              .addJavadoc("Routes of {@code $L}, part $L of $L.\n", signal.type().simpleName(), part + 1, parts)
              .addModifiers(Modifier.STATIC)
              .returns(TypeName.INT)
              .addParameter(ANY_CLASS, "sender")
              .addCode(senderChain(signal, slice, next));
      helpers.add(suppress(helper, senderWarnings(signal, slice)).build());
    }
    return new Case(
        signal.id(),
        signal.type().simpleName(),
        CodeBlock.of("return routeOfSignal$L(sender);\n", signal.id()),
        Set.of(),
        helpers);
  }

  private CodeBlock senderChain(
      SignalModel signal, List<Map.Entry<ClassName, List<Integer>>> branches, String next) {
    CodeBlock.Builder code = CodeBlock.builder();
    Map<ClassName, Route> routesOfSignal = routesBySignal.get(signal.id());
    for (Map.Entry<ClassName, List<Integer>> branch : branches) {
      code.beginControlFlow("if (sender == $T.class)", branch.getKey());
      code.add("// $L\n", namesComment(names(branch.getValue()), NAMES_COMMENT_WIDTH));
      code.addStatement("return $L", routesOfSignal.get(branch.getKey()).id());
      code.endControlFlow();
    }
    if (next != null) {
      code.addStatement("return $L(sender)", next);
    } else {
      List<Integer> any = signal.anySender();
      if (!any.isEmpty()) {
        code.add("// any sender: $L\n", namesComment(names(any), NAMES_COMMENT_WIDTH - "any sender: ".length()));
      }
      code.addStatement("return $L", routesOfSignal.get(null).id());
    }
    return code.build();
  }

  // --- receivers and fire, by route ----------------------------------------------------------

  private MethodSpec receivers(TypeSpec.Builder type) {
    List<Case> cases = new ArrayList<>();
    for (Route route : routes) {
      cases.add(
          new Case(
              route.id(),
              route.description(),
              CodeBlock.of("return $L;\n", ids(route.receivers())),
              Set.of(),
              List.of()));
    }
    Api api =
        new Api(
            "receivers",
            "route",
            List.of(ParameterSpec.builder(TypeName.INT, "route").build()),
            ArrayTypeName.of(TypeName.INT),
            false,
            CodeBlock.of("throw noSuch($S, route);\n", "route"),
            "RouteIds");
    return switchMethod(type, api, cases);
  }

  /**
   * {@code fire}: a switch over the routes that calls each one's straight-line method, where the
   * receivers are called one after the other, as a person would write them; a long route's method
   * calls its chunks in order. Routes without one are called receiver by receiver by the runtime,
   * through {@code invoke}.
   */
  private MethodSpec fire(TypeSpec.Builder type) {
    List<Case> cases = new ArrayList<>();
    RouteHolders placed = new RouteHolders();
    for (Route route : routes) {
      if (!route.straight()) {
        continue;
      }
      List<Integer> receivers = route.receivers();
      String holderName;
      if (receivers.size() <= routeChunk) {
        holderName = placed.holderFor(receivers.size());
        holders.get(holderName).addMethod(
            routeMethod(
                route.methodName(),
                CodeBlock.of("$L.\n", route.description()),
                route.signal().type(),
                receivers));
      } else {
        int parts = (receivers.size() + routeChunk - 1) / routeChunk;
        CodeBlock.Builder chain = CodeBlock.builder();
        List<String> chunkHolders = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
          int from = part * routeChunk;
          List<Integer> chunk = receivers.subList(from, Math.min(receivers.size(), from + routeChunk));
          String chunkHolder = placed.holderFor(chunk.size());
          chunkHolders.add(chunkHolder);
          holders.get(chunkHolder).addMethod(
              routeMethod(
                  route.chunkName(part),
                  CodeBlock.of(
                      "$L: receivers $L to $L of $L.\n",
                      route.description(), from + 1, from + chunk.size(), receivers.size()),
                  null,
                  chunk));
        }
        holderName = placed.holderFor(parts);
        for (int part = 0; part < parts; part++) {
          String chunkHolder = chunkHolders.get(part);
          chain.addStatement(
              "$L$L(instances, sender, payload)",
              chunkHolder.equals(holderName) ? "" : chunkHolder + ".",
              route.chunkName(part));
        }
        holders.get(holderName).addMethod(
            routeParameters(
                    MethodSpec.methodBuilder(route.methodName())
                        .addJavadoc(
                            "$L: $L receivers, in $L parts of at most $L.\n",
                            route.description(), receivers.size(), parts, routeChunk))
                .addCode(payloadCheck(route.signal().type()))
                .addCode(chain.build())
                .build());
      }
      cases.add(
          new Case(
              route.id(),
              route.description(),
              CodeBlock.of("$L.$L(instances, sender, payload);\nreturn;\n", holderName, route.methodName()),
              Set.of(),
              List.of()));
    }
    Api api =
        new Api(
            "fire",
            "route",
            callParameters("route"),
            TypeName.VOID,
            false,
            CodeBlock.of("throw noSuch($S, route);\n", "route"),
            "Fire",
            Limits.MAX_ROUTES_PER_FIRE_SWITCH);
    return switchMethod(type, api, cases);
  }

  /**
   * Fills the {@code Routes} classes in order, each up to {@link Limits#MAX_ROUTE_CALLS_PER_CLASS}
   * calls, so that no constant pool grows with the module.
   */
  private final class RouteHolders {
    private int index;
    private int calls;

    /** The class that takes a method of {@code methodCalls} calls. */
    String holderFor(int methodCalls) {
      if (calls + methodCalls > Limits.MAX_ROUTE_CALLS_PER_CLASS && calls > 0) {
        index++;
        calls = 0;
      }
      calls += methodCalls;
      return routeHolder(index);
    }
  }

  /** Routes are numbered with those that have a straight-line method first. */
  private MethodSpec firesRoute() {
    MethodSpec.Builder method =
        override("firesRoute", TypeName.BOOLEAN).addParameter(TypeName.INT, "route");
    if (straightRoutes == 0) {
      method.addComment("Every route is empty, too long for a method of its own, or defers a receiver.");
      return method.addStatement("return false").build();
    }
    if (straightRoutes < routes.size()) {
      method.addComment(
          "Routes from $L on are empty, too long for a method of their own, or defer a receiver.",
          straightRoutes);
    }
    return method.addStatement("return route >= 0 && route < $L", straightRoutes).build();
  }

  /**
   * Receivers of one route called one after the other; {@code receiver} keeps the id of the one
   * running, so that a failure names it. A whole route first checks the payload against its
   * signal's type ({@code signal}; null for a chunk, which its route has checked).
   */
  private MethodSpec routeMethod(
      String name, CodeBlock javadoc, ClassName signal, List<Integer> receivers) {
    MethodSpec.Builder method = routeParameters(MethodSpec.methodBuilder(name).addJavadoc(javadoc));
    if (signal != null) {
      method.addCode(payloadCheck(signal));
    }
    Set<String> warnings = new TreeSet<>();
    CodeBlock.Builder calls = CodeBlock.builder();
    boolean first = true;
    for (int id : receivers) {
      ReceiverModel r = model.receivers().get(id);
      ClassName dispatcher = model.dispatcherOf().get(id);
      if (first) {
        method.addStatement("int receiver = $L", id);
        calls.beginControlFlow("try");
        first = false;
      } else {
        calls.addStatement("receiver = $L", id);
      }
      if (dispatcher == null) {
        calls.add("// $L\n", r.displayName());
        calls.addStatement("$L", target(r, model.slotOf().get(id)));
        warnings.addAll(callWarnings(r));
      } else {
        calls.add("// $L, through its package's dispatcher\n", r.displayName());
        calls.addStatement("$T.invoke$L(instances, sender, payload)", dispatcher, id);
      }
    }
    calls.nextControlFlow("catch ($T e)", Exception.class);
    calls.addStatement("throw new $T(receiver, e)", ROUTE_FAILURE);
    calls.endControlFlow();
    return suppress(method.addCode(calls.build()), warnings).build();
  }

  /**
   * The check that {@code fire} leaves to the route, where the signal's type is a constant that the
   * JIT compares in one instruction: a payload of another type (through a raw or unchecked
   * {@code Signal}) or null reaches no receiver.
   */
  private static CodeBlock payloadCheck(ClassName signal) {
    return CodeBlock.builder()
        .beginControlFlow("if (!(payload instanceof $T))", signal)
        .addStatement("throw $T.wrongPayload()", ROUTE_FAILURE)
        .endControlFlow()
        .build();
  }

  /** {@code static void name(Object[] instances, Class<?> sender, Object payload)}. */
  private static MethodSpec.Builder routeParameters(MethodSpec.Builder method) {
    return method
        .addModifiers(Modifier.STATIC)
        .addParameter(ArrayTypeName.of(OBJECT), "instances")
        .addParameter(ANY_CLASS, "sender")
        .addParameter(OBJECT, "payload");
  }

  private String routeHolder(int index) {
    String name = "Routes" + index;
    holders.computeIfAbsent(
        name,
        n ->
            TypeSpec.classBuilder(n)
                .addJavadoc(
                    "$L",
                    wrap(
                        "Straight-line route methods, in a class of their own so that no constant"
                            + " pool grows with the module.",
                        ""))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build()));
    return name;
  }

  private MethodSpec allReceivers(TypeSpec.Builder type) {
    return idsBySignal(type, "allReceivers", SignalModel::all);
  }

  private MethodSpec subclassReceivers(TypeSpec.Builder type) {
    return idsBySignal(type, "subclassReceivers", SignalModel::subclassReceivers);
  }

  /** A method that answers one list of receiver ids per signal, and none for other signals. */
  private MethodSpec idsBySignal(
      TypeSpec.Builder type, String methodName, Function<SignalModel, List<Integer>> idsOf) {
    List<Case> cases = new ArrayList<>();
    for (SignalModel signal : model.signals()) {
      List<Integer> ids = idsOf.apply(signal);
      if (!ids.isEmpty()) {
        cases.add(
            new Case(
                signal.id(),
                signal.type().simpleName()
                    + ": "
                    + namesComment(names(ids), NAMES_COMMENT_WIDTH - signal.type().simpleName().length() - 2),
                CodeBlock.of("return $L;\n", ids(ids)),
                Set.of(),
                List.of()));
      }
    }
    Api api =
        new Api(
            methodName,
            "signalId",
            List.of(ParameterSpec.builder(TypeName.INT, "signalId").build()),
            ArrayTypeName.of(TypeName.INT),
            false,
            CodeBlock.of("return new int[0];\n"),
            "SignalIds");
    return switchMethod(type, api, cases);
  }

  // --- describe, createInstances, invoke ----------------------------------------------------

  private MethodSpec describe(TypeSpec.Builder type) {
    List<Case> cases = new ArrayList<>();
    for (int id = 0; id < model.receivers().size(); id++) {
      ReceiverModel r = model.receivers().get(id);
      // The overload without a phase for the default, so that most cases stay short.
      CodeBlock phase = r.deferred() ? CodeBlock.of("$T.$L,$W", PHASE, r.phase()) : CodeBlock.of("");
      cases.add(
          new Case(
              id,
              null,
              CodeBlock.of(
                  "return $T.declared(\n$>$>$S,$W$T.class,$W$L,$W$L,$W$L,$W$L,$W$LNAME);\n$<$<",
                  RECEIVER_INFO,
                  r.displayName(),
                  r.signal(),
                  r.sender() == null ? "null" : CodeBlock.of("$T.class", r.sender()),
                  r.includeSubclasses(),
                  r.order(),
                  r.dispatchUid() == null ? "null" : CodeBlock.of("$S", r.dispatchUid()),
                  phase),
              union(r.warnings().signal(), r.warnings().sender()),
              List.of()));
    }
    Api api =
        new Api(
            "describe",
            "receiverId",
            List.of(ParameterSpec.builder(TypeName.INT, "receiverId").build()),
            RECEIVER_INFO,
            false,
            noSuchReceiver(),
            "ReceiverIds");
    return switchMethod(type, api, cases);
  }

  private static CodeBlock noSuchReceiver() {
    return CodeBlock.of("throw noSuch($S, receiverId);\n", "receiver");
  }

  /** The exception for an id the registry does not have, built in one place to keep cases short. */
  private static MethodSpec noSuchMethod() {
    // String.concat, not +: javac compiles + to an invokedynamic bootstrap, and generated code
    // stays free of java.lang.invoke.
    return MethodSpec.methodBuilder("noSuch")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(IllegalArgumentException.class)
        .addParameter(String.class, "what")
        .addParameter(TypeName.INT, "id")
        .addStatement(
            "$T message = NAME.concat($S).concat(what).concat($S).concat($T.toString(id))",
            String.class,
            " has no ",
            " ",
            Integer.class)
        .addStatement("return new $T(message)", IllegalArgumentException.class)
        .build();
  }

  private MethodSpec createInstances(TypeSpec.Builder type) {
    MethodSpec.Builder method =
        override("createInstances", ArrayTypeName.of(OBJECT))
            .addParameter(INSTANCE_SOURCE, "source");
    List<InstanceSlot> slots = model.slots();
    if (slots.isEmpty()) {
      return method.addStatement("return new $T[0]", OBJECT).build();
    }
    if (slots.size() <= maxCases) {
      CodeBlock.Builder array = CodeBlock.builder().add("return new $T[] {\n$>$>", OBJECT);
      for (InstanceSlot slot : slots) {
        array.add("$L,\n", createInstance(slot));
      }
      return suppress(method.addCode(array.add("$<$<};\n").build()), creationWarnings(slots)).build();
    }
    method.addStatement("$T[] instances = new $T[$L]", OBJECT, OBJECT, slots.size());
    for (int from = 0; from < slots.size(); from += maxCases) {
      List<InstanceSlot> chunk = slots.subList(from, Math.min(slots.size(), from + maxCases));
      String chunkName = "createInstances" + from + "To" + (from + chunk.size() - 1);
      MethodSpec.Builder fill =
          MethodSpec.methodBuilder(chunkName)
              .addModifiers(Modifier.STATIC)
              .addParameter(ArrayTypeName.of(OBJECT), "instances")
              .addParameter(INSTANCE_SOURCE, "source");
      for (InstanceSlot slot : chunk) {
        fill.addStatement("instances[$L] = $L", slot.index(), createInstance(slot));
      }
      suppress(fill, creationWarnings(chunk));
      String holder = holder("Instances", from, maxCases, maxCases);
      holders.get(holder).addMethod(fill.build());
      method.addStatement("$L.$L(instances, source)", holder, chunkName);
    }
    return method.addStatement("return instances").build();
  }

  /** {@code new Mailer()}, {@code source.require(...)} or a call to the package dispatcher. */
  private static CodeBlock createInstance(InstanceSlot slot) {
    if (slot.dispatcher() != null) {
      return CodeBlock.of("$T.$L(source)", slot.dispatcher(), slot.factoryName());
    }
    return directInstance(slot);
  }

  private static CodeBlock directInstance(InstanceSlot slot) {
    return slot.supplied()
        ? CodeBlock.of("source.require($T.class, $S)", slot.owner(), slot.neededBy())
        : slot.generic() ? CodeBlock.of("new $T<>()", slot.owner()) : CodeBlock.of("new $T()", slot.owner());
  }

  private MethodSpec invoke(TypeSpec.Builder type) {
    List<Case> cases = new ArrayList<>();
    for (int id = 0; id < model.receivers().size(); id++) {
      ReceiverModel r = model.receivers().get(id);
      ClassName dispatcher = model.dispatcherOf().get(id);
      CodeBlock body =
          dispatcher == null
              ? call(r, model.slotOf().get(id))
              : CodeBlock.of("return $T.invoke$L(instances, sender, payload);\n", dispatcher, id);
      cases.add(new Case(id, r.displayName(), body, dispatcher == null ? callWarnings(r) : Set.of(), List.of()));
    }
    Api api =
        new Api(
            "invoke",
            "receiverId",
            callParameters("receiverId"),
            OBJECT,
            true,
            noSuchReceiver(),
            "ReceiverIds");
    return switchMethod(type, api, cases);
  }

  /** {@code (key, instances, sender, payload)}: the parameters of {@code invoke} and {@code fire}. */
  private static List<ParameterSpec> callParameters(String key) {
    return List.of(
        ParameterSpec.builder(TypeName.INT, key).build(),
        ParameterSpec.builder(ArrayTypeName.of(OBJECT), "instances").build(),
        ParameterSpec.builder(ANY_CLASS, "sender").build(),
        ParameterSpec.builder(OBJECT, "payload").build());
  }

  /** The call itself: casts the payload (and the sender) once and returns what the receiver does. */
  private static CodeBlock call(ReceiverModel r, int slot) {
    CodeBlock target = target(r, slot);
    CodeBlock call =
        r.returnsVoid()
            ? CodeBlock.of("$L;\nreturn null;\n", target)
            : CodeBlock.of("return $L;\n", target);
    if (!r.throwsThrowable()) {
      return call;
    }
    return CodeBlock.builder()
        .beginControlFlow("try")
        .add(call)
        .nextControlFlow("catch ($T | $T e)", Exception.class, Error.class)
        .addStatement("throw e")
        .nextControlFlow("catch ($T t)", Throwable.class)
        .add("// Neither an Exception nor an Error: a send reports exceptions, so it goes in one.\n")
        .addStatement("throw new $T(t)", Exception.class)
        .endControlFlow()
        .build();
  }

  /** The call expression: the receiver method on its class or instance, with cast arguments. */
  private static CodeBlock target(ReceiverModel r, int slot) {
    // A payload parameter of type Object takes the payload as it comes: a cast would be redundant.
    CodeBlock arguments =
        r.payloadType().equals(OBJECT) ? CodeBlock.of("payload") : CodeBlock.of("($T) payload", r.payloadType());
    if (r.senderParameterType() != null) {
      arguments =
          r.senderParameterType().equals(RAW_CLASS)
              ? CodeBlock.of("$L, sender", arguments)
              : CodeBlock.of("$L, ($T) sender", arguments, r.senderParameterType());
    }
    return r.isStatic()
        ? CodeBlock.of("$T.$N($L)", r.owner(), r.methodName(), arguments)
        : CodeBlock.of("(($T) instances[$L]).$N($L)", r.ownerType(), slot, r.methodName(), arguments);
  }

  // --- switches, split by construction ------------------------------------------------------

  private MethodSpec switchMethod(TypeSpec.Builder type, Api api, List<Case> cases) {
    MethodSpec.Builder method = override(api.name(), api.returns());
    api.parameters().forEach(method::addParameter);
    if (api.throwsException()) {
      method.addException(Exception.class);
    }
    int limit = api.caseLimit() > 0 ? Math.min(api.caseLimit(), maxCases) : maxCases;
    if (cases.size() <= limit) {
      writeCases(method, api, cases);
      cases.forEach(c -> c.helpers().forEach(type::addMethod));
      return method.build();
    }
    int maxKey = cases.get(cases.size() - 1).key();
    int unit = limit;
    while (maxKey / unit + 1 > limit) {
      unit *= limit;
    }
    method.addCode(dispatch(api, cases, unit, limit));
    return method.build();
  }

  /**
   * {@code switch (id / unit)} over calls to chunk methods; a chunk of more than {@code maxCases}
   * ids is split again one level down.
   */
  private CodeBlock dispatch(Api api, List<Case> cases, int unit, int limit) {
    Map<Integer, List<Case>> chunks = new LinkedHashMap<>();
    for (Case c : cases) {
      chunks.computeIfAbsent(c.key() / unit, k -> new ArrayList<>()).add(c);
    }
    String arguments = api.parameters().stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
    CodeBlock.Builder code =
        CodeBlock.builder().beginControlFlow("switch ($L / $L)", api.keyParameter(), unit);
    for (Map.Entry<Integer, List<Case>> chunk : chunks.entrySet()) {
      List<Case> chunkCases = chunk.getValue();
      int from = chunk.getKey() * unit;
      int to = from + unit - 1;
      String chunkName = api.name() + from + "To" + to;
      MethodSpec.Builder chunkMethod =
          MethodSpec.methodBuilder(chunkName).addModifiers(Modifier.STATIC).returns(api.returns());
      api.parameters().forEach(chunkMethod::addParameter);
      if (api.throwsException()) {
        chunkMethod.addException(Exception.class);
      }
      String holder = holder(api.holderFamily(), from, unit, limit);
      if (unit == limit) {
        writeCases(chunkMethod, api, chunkCases);
        TypeSpec.Builder holderType = holders.get(holder);
        chunkCases.forEach(c -> c.helpers().forEach(holderType::addMethod));
      } else {
        chunkMethod.addCode(dispatch(api, chunkCases, unit / limit, limit));
      }
      holders.get(holder).addMethod(chunkMethod.build());
      if (api.returns().equals(TypeName.VOID)) {
        code.add("case $L:\n$>$L.$L($L);\nreturn;\n$<", chunk.getKey(), holder, chunkName, arguments);
      } else {
        code.add("case $L:\n$>return $L.$L($L);\n$<", chunk.getKey(), holder, chunkName, arguments);
      }
    }
    code.add("default:\n$>$L$<", api.fallback());
    return code.endControlFlow().build();
  }

  private void writeCases(MethodSpec.Builder method, Api api, List<Case> cases) {
    suppress(method, cases.stream().flatMap(c -> c.warnings().stream()).collect(Collectors.toSet()));
    if (cases.isEmpty()) {
      method.addCode(api.fallback());
      return;
    }
    method.beginControlFlow("switch ($L)", api.keyParameter());
    for (Case c : cases) {
      if (c.comment() == null) {
        method.addCode("case $L:\n$>", c.key());
      } else {
        method.addCode("case $L: // $L\n$>", c.key(), c.comment());
      }
      method.addCode(c.body());
      method.addCode("$<");
    }
    method.addCode("default:\n$>");
    method.addCode(api.fallback());
    method.addCode("$<");
    method.endControlFlow();
  }

  /**
   * The nested class that holds the chunk of {@code unit} ids starting at {@code from}, named by the
   * ids its {@link Limits#CHUNKS_PER_CLASS} chunks cover: {@code ReceiverIds0To999} holds the chunks
   * of receivers 0 to 999, and one level up {@code ReceiverIds0To99999} the chunks that dispatch to
   * them. Each level's classes cover a different span, so names never collide.
   */
  private String holder(String family, int from, int unit, int limit) {
    int perClass = unit * Limits.CHUNKS_PER_CLASS;
    int start = from / perClass * perClass;
    int end = start + perClass - 1;
    String name = family + start + "To" + end;
    String ids =
        switch (family) {
          case "ReceiverIds" -> "receiver ids";
          case "SignalIds" -> "signal ids";
          case "RouteIds", "Fire" -> "routes";
          default -> "instance slots";
        };
    holders.computeIfAbsent(
        name,
        n ->
            TypeSpec.classBuilder(n)
                .addJavadoc(
                    "$L",
                    wrap(
                        (unit == limit ? "Chunks" : "Dispatching chunks")
                            + " of the generated switches over "
                            + ids + " " + start + " to " + end
                            + ", in a class of their own so that no constant pool grows with the module.",
                        ""))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build()));
    return name;
  }

  // --- id arrays ----------------------------------------------------------------------------

  /** {@code new int[] {0, 2}}, or {@code ids("0-99,120")} for a long list. */
  private CodeBlock ids(List<Integer> ids) {
    if (ids.isEmpty()) {
      return CodeBlock.of("new int[0]");
    }
    if (ids.size() <= Limits.MAX_INLINE_IDS) {
      return CodeBlock.of(
          "new int[] {$L}",
          ids.stream().map(i -> CodeBlock.of("$L", i)).collect(CodeBlock.joining(",$W")));
    }
    usesIdsHelper = true;
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    int i = 0;
    while (i < ids.size()) {
      int j = i;
      while (j + 1 < ids.size() && ids.get(j + 1) == ids.get(j) + 1) {
        j++;
      }
      String run = j == i ? String.valueOf(ids.get(i)) : ids.get(i) + "-" + ids.get(j);
      if (part.length() + run.length() + 1 > Limits.MAX_STRING_CONSTANT_CHARS) {
        parts.add(part.toString());
        part.setLength(0);
      }
      part.append(part.length() == 0 ? "" : ",").append(run);
      i = j + 1;
    }
    parts.add(part.toString());
    return CodeBlock.of(
        "ids($L)", parts.stream().map(p -> CodeBlock.of("$S", p)).collect(CodeBlock.joining(",$W")));
  }

  private MethodSpec idsHelper() {
    return MethodSpec.methodBuilder("ids")
        .addJavadoc(
            "Expands id lists written compactly, such as {@code \"0-99,120\"}: long lists are written"
                + " this way\nto keep methods small. Runs once per signal and sender; the runtime"
                + " caches the result.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(TypeName.INT))
        .addParameter(ArrayTypeName.of(TypeName.get(String.class)), "lists")
        .varargs(true)
        .addStatement("int[] ids = new int[64]")
        .addStatement("int size = 0")
        .beginControlFlow("for ($T list : lists)", String.class)
        .addStatement("int start = -1")
        .addStatement("int value = 0")
        .beginControlFlow("for (int i = 0; i <= list.length(); i++)")
        .addStatement("char c = i < list.length() ? list.charAt(i) : ','")
        .beginControlFlow("if (c == '-')")
        .addStatement("start = value")
        .addStatement("value = 0")
        .nextControlFlow("else if (c == ',')")
        .beginControlFlow("for (int id = start < 0 ? value : start; id <= value; id++)")
        .beginControlFlow("if (size == ids.length)")
        .addStatement("ids = $T.copyOf(ids, size * 2)", Arrays.class)
        .endControlFlow()
        .addStatement("ids[size++] = id")
        .endControlFlow()
        .addStatement("start = -1")
        .addStatement("value = 0")
        .nextControlFlow("else")
        .addStatement("value = value * 10 + (c - '0')")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $T.copyOf(ids, size)", Arrays.class)
        .build();
  }

  // --- package dispatchers ------------------------------------------------------------------

  private JavaFile dispatcher(Dispatcher dispatcher) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(dispatcher.name())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "$L\n<p>Generated by the signals4j processor; do not edit or call.\n",
                wrap(
                    "Reaches the receivers of package {@code " + dispatcher.name().packageName()
                        + "} that registry {@code " + model.name().canonicalName()
                        + "} cannot see from its own package.",
                    ""));
    avoidShadowing(type, dispatcher.name());
    generated(type);
    originatingElements.forEach(type::addOriginatingElement);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (int id : dispatcher.receiverIds()) {
      ReceiverModel r = model.receivers().get(id);
      MethodSpec.Builder method =
          MethodSpec.methodBuilder("invoke" + id)
              .addJavadoc("Calls receiver $L, {@code $L}.\n", id, r.displayName())
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(OBJECT)
              .addParameter(ArrayTypeName.of(OBJECT), "instances")
              .addParameter(ANY_CLASS, "sender")
              .addParameter(OBJECT, "payload")
              .addException(Exception.class)
              .addCode(call(r, model.slotOf().get(id)));
      type.addMethod(suppress(method, callWarnings(r)).build());
    }
    for (InstanceSlot slot : dispatcher.slots()) {
      MethodSpec.Builder factory =
          MethodSpec.methodBuilder(slot.factoryName())
              .addJavadoc("Creates instance $L, of {@code $L}.\n", slot.index(), String.join(".", slot.owner().simpleNames()))
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(OBJECT)
              .addParameter(INSTANCE_SOURCE, "source")
              .addStatement("return $L", directInstance(slot));
      type.addMethod(suppress(factory, slot.warnings()).build());
    }
    return JavaFile.builder(dispatcher.name().packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  // --- helpers ------------------------------------------------------------------------------

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  // --- warnings to suppress ----------------------------------------------------------------

  /**
   * Adds {@code @SuppressWarnings} for {@code warnings} in name order, or nothing when there are
   * none: the annotation goes on the method that names the deprecated element and nowhere else.
   */
  private static MethodSpec.Builder suppress(MethodSpec.Builder method, Collection<String> warnings) {
    if (warnings.isEmpty()) {
      return method;
    }
    List<String> sorted = new ArrayList<>(new TreeSet<>(warnings));
    CodeBlock value =
        sorted.size() == 1
            ? CodeBlock.of("$S", sorted.get(0))
            : sorted.stream().map(w -> CodeBlock.of("$S", w)).collect(CodeBlock.joining(", ", "{", "}"));
    return method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$L", value).build());
  }

  /** Calling a receiver: what naming it draws, and {@code unchecked} for a generic cast. */
  private static Set<String> callWarnings(ReceiverModel r) {
    Set<String> warnings = new TreeSet<>(r.warnings().call());
    if (r.uncheckedCast()) {
      warnings.add("unchecked");
    }
    return warnings;
  }

  private static Set<String> signalWarnings(List<SignalModel> signals) {
    Set<String> warnings = new TreeSet<>();
    signals.forEach(s -> warnings.addAll(s.warnings()));
    return warnings;
  }

  private static Set<String> senderWarnings(SignalModel signal, List<Map.Entry<ClassName, List<Integer>>> branches) {
    Set<String> warnings = new TreeSet<>();
    branches.forEach(b -> warnings.addAll(signal.senderWarnings().getOrDefault(b.getKey(), List.of())));
    return warnings;
  }

  /** Creating instances in the registry; a package dispatcher suppresses its own. */
  private static Set<String> creationWarnings(List<InstanceSlot> slots) {
    Set<String> warnings = new TreeSet<>();
    slots.stream().filter(s -> s.dispatcher() == null).forEach(s -> warnings.addAll(s.warnings()));
    return warnings;
  }

  private static Set<String> union(List<String> a, List<String> b) {
    Set<String> warnings = new TreeSet<>(a);
    warnings.addAll(b);
    return warnings;
  }

  private List<String> names(List<Integer> ids) {
    return ids.stream().map(id -> model.receivers().get(id).displayName()).collect(Collectors.toList());
  }

  /**
   * The names that fit in {@code width} characters, then how many did not: {@code A.on(X), B.on(X)
   * and 3 more}. The first name is always written, however long.
   */
  static String namesComment(List<String> names, int width) {
    StringBuilder out = new StringBuilder(names.get(0));
    for (int i = 1; i < names.size(); i++) {
      int left = names.size() - i - 1;
      String more = left == 0 ? "" : " and " + left + " more";
      if (out.length() + 2 + names.get(i).length() + more.length() > width) {
        return out + " and " + (names.size() - i) + " more";
      }
      out.append(", ").append(names.get(i));
    }
    return out.toString();
  }

  /**
   * Javadoc text broken at spaces into lines of at most {@link #JAVADOC_WIDTH} characters, never
   * inside {@code {@code ...}}; the text's own leading spaces are kept, and the lines after the first
   * are indented by {@code indent}. Ends with a newline.
   */
  static String wrap(String text, String indent) {
    String stripped = text.stripLeading();
    List<String> words = new ArrayList<>();
    for (String word : stripped.split(" ")) {
      int last = words.size() - 1;
      if (last >= 0 && words.get(last).equals("{@code")) {
        words.set(last, "{@code " + word);
      } else {
        words.add(word);
      }
    }
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(text.substring(0, text.length() - stripped.length()));
    boolean empty = true;
    for (String word : words) {
      if (!empty && line.length() + 1 + word.length() > JAVADOC_WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(indent);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    return out.append(line).append('\n').toString();
  }
}
