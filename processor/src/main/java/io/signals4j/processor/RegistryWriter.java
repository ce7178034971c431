package io.signals4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
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
import io.signals4j.processor.RegistryPlan.Holder;
import io.signals4j.processor.RegistryPlan.Line;
import io.signals4j.processor.RegistryPlan.Placed;
import io.signals4j.processor.RegistryPlan.Route;
import io.signals4j.processor.RegistryPlan.RouteMethod;
import io.signals4j.processor.RegistryPlan.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@link RegistryPlan} as Java source: the registry class and its package dispatchers.
 * Every decision (which routes get a straight-line method, how each method is cut, which nested
 * class holds what, what is suppressed) is the plan's; this class only spells it out.
 *
 * <p>The registry extends {@code io.signals4j.internal.AbstractGeneratedRegistry}, which answers
 * everything it can from the receiver and route tables written here as data; what is code is a
 * {@code switch} over dense ids or an {@code ==} against a class literal, with a comment naming the
 * receiver or route on each case and each line of data.
 */
final class RegistryWriter {

  static final String PROCESSOR = "io.signals4j.processor.SignalsProcessor";

  private static final ClassName SIGNAL_REGISTRY = ClassName.get("io.signals4j", "SignalRegistry");
  private static final ClassName ABSTRACT_GENERATED_REGISTRY =
      ClassName.get("io.signals4j.internal", "AbstractGeneratedRegistry");
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
  private static final TypeName STRING = TypeName.get(String.class);

  /**
   * Columns of a generated line, which the comments beside table lines keep to by naming as many
   * receivers as fit and counting the others ("and 3 more").
   */
  private static final int LINE_WIDTH = 100;

  /** Receivers named per signal in the registry's class javadoc; the report lists them all. */
  private static final int JAVADOC_NAMES = 10;

  /** Width of generated javadoc text, whose lines JavaPoet does not wrap. */
  private static final int JAVADOC_WIDTH = 95;

  /**
   * The parameters of a method cut by {@link Split}: the root's, which every method of the tree
   * takes and passes on.
   */
  private record Signature(List<ParameterSpec> parameters, TypeName returns, boolean throwsException) {

    String arguments() {
      return parameters.stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
    }

    MethodSpec.Builder method(String name) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC).returns(returns);
      parameters.forEach(method::addParameter);
      if (throwsException) {
        method.addException(Exception.class);
      }
      return method;
    }

    /** A call of {@code holder.name}, returning what it returns. */
    CodeBlock call(String holder, String name) {
      return returns.equals(TypeName.VOID)
          ? CodeBlock.of("$L.$L($L);\n", holder, name, arguments())
          : CodeBlock.of("return $L.$L($L);\n", holder, name, arguments());
    }
  }

  /** One case of a switch: the comment beside its label, or null, and its body. */
  private record Case(String comment, CodeBlock body) {}

  private final RegistryPlan plan;
  private final RegistryModel model;
  private final Function<String, Set<String>> typesInPackage;
  private final boolean generatedAvailable;
  private final List<Element> originatingElements;
  private final Map<String, TypeSpec.Builder> holders = new LinkedHashMap<>();

  /**
   * @param typesInPackage the simple names of the classes of a package, which generated code in it
   *     must not shadow: a user's {@code Override} or {@code Phase} beside the registry would
   *     otherwise take the place of {@code java.lang.Override} or an imported type, so those are
   *     written fully qualified there
   */
  RegistryWriter(RegistryPlan plan, boolean generatedAvailable, Function<String, Set<String>> typesInPackage) {
    this.plan = plan;
    this.model = plan.model();
    this.typesInPackage = typesInPackage;
    this.generatedAvailable = generatedAvailable;
    Set<Element> owners = new LinkedHashSet<>();
    model.receivers().forEach(r -> owners.add(r.method().getEnclosingElement()));
    this.originatingElements = List.copyOf(owners);
    for (Holder holder : plan.holders()) {
      holders.put(holder.name(), holderType(holder));
    }
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
            .superclass(ABSTRACT_GENERATED_REGISTRY)
            .addJavadoc(classJavadoc());
    avoidShadowing(type, name);
    generated(type);
    suppress(type, plan.warnings());
    originatingElements.forEach(type::addOriginatingElement);
    type.addField(
        FieldSpec.builder(SIGNAL_REGISTRY, "REGISTRY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The registry, to install with {@code Signals.ready($T.REGISTRY)}.\n", name)
            .initializer("new $T()", name)
            .build());
    type.addField(
        FieldSpec.builder(String.class, "NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", name.canonicalName())
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addStatement("super(NAME)").build());
    type.addMethod(provider());
    type.addMethod(typeIndex());
    type.addMethod(types());
    type.addMethod(table("receiverTable", plan.receiverTable(), receiverTableComment()));
    type.addMethod(table("routeTable", plan.routeTable(), routeTableComment()));
    type.addMethod(fire());
    type.addMethod(createInstances());
    type.addMethod(invoke());
    type.addType(discovered());
    writeRouteMethods();
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
        .addMethod(override("name", STRING).addStatement("return NAME").build())
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

  // --- typeIndex and types ------------------------------------------------------------------

  private MethodSpec typeIndex() {
    MethodSpec.Builder method = protectedOverride("typeIndex", TypeName.INT).addParameter(ANY_CLASS, "type");
    RegistryPlan.TypeLookup lookup = plan.typeLookup();
    List<ClassName> types = plan.types();
    if (types.isEmpty()) {
      return method.addStatement("return NO_TYPE").build();
    }
    method.addCode("// A string switch on the name: no map, no class loading; == rules out a namesake.\n");
    if (lookup.buckets() == 0) {
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < types.size(); i++) {
        all.add(i);
      }
      return method.addCode(nameSwitch(all, "type.getName()")).build();
    }
    // Many types: bucket by the name's hash code (String.hashCode is specified, so the processor
    // computed the same buckets), then switch on the name within the bucket.
    for (int bucket = 0; bucket < lookup.buckets(); bucket++) {
      List<Integer> inBucket = lookup.bucketTypes().get(bucket);
      if (!inBucket.isEmpty()) {
        holders.get(lookup.bucketHolders().get(bucket)).addMethod(
            MethodSpec.methodBuilder("typeIndexInBucket" + bucket)
                .addModifiers(Modifier.STATIC)
                .returns(TypeName.INT)
                .addParameter(ANY_CLASS, "type")
                .addParameter(String.class, "name")
                .addCode(nameSwitch(inBucket, "name"))
                .build());
      }
    }
    method.addStatement("$T name = type.getName()", String.class);
    method.addStatement("int bucket = $T.floorMod(name.hashCode(), $L)", Math.class, lookup.buckets());
    Signature signature =
        new Signature(
            List.of(parameter(TypeName.INT, "bucket"), parameter(ANY_CLASS, "type"), parameter(STRING, "name")),
            TypeName.INT,
            false);
    IntFunction<Case> cases =
        bucket ->
            lookup.bucketTypes().get(bucket).isEmpty()
                ? null
                : new Case(
                    null,
                    CodeBlock.of(
                        "return $L.typeIndexInBucket$L(type, name);\n", lookup.bucketHolders().get(bucket), bucket));
    return method.addCode(keyed(lookup.dispatch(), signature, "bucket", cases, CodeBlock.of("return NO_TYPE;\n"))).build();
  }

  private CodeBlock nameSwitch(List<Integer> indexes, String nameExpression) {
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch ($L)", nameExpression);
    for (int index : indexes) {
      ClassName type = plan.types().get(index);
      code.add(
          "case $S:\n$>return type == $T.class ? $L : NO_TYPE;\n$<", plan.typeNames().get(index), type, index);
    }
    code.add("default:\n$>return NO_TYPE;\n$<");
    return code.endControlFlow().build();
  }

  private MethodSpec types() {
    MethodSpec.Builder method = protectedOverride("types", ArrayTypeName.of(ANY_CLASS));
    List<ClassName> types = plan.types();
    int signals = model.signals().size();
    return method
        .addCode(
            fill(
                plan.typesFill(),
                ArrayTypeName.of(ANY_CLASS),
                CodeBlock.of("new $T[$L]", ANY_CLASS, types.size()),
                "types",
                List.of(),
                i ->
                    i < signals
                        ? CodeBlock.of("types[$L] = $T.class; // signal $L\n", i, types.get(i), i)
                        : CodeBlock.of("types[$L] = $T.class;\n", i, types.get(i))))
        .build();
  }

  // --- the tables ---------------------------------------------------------------------------

  private static CodeBlock receiverTableComment() {
    return CodeBlock.of(
        "// A line per receiver, by id: signal and sender (indexes into types(), - for any), order,\n"
            + "// name, then subclasses, uid= and the phase when set. See AbstractGeneratedRegistry.\n");
  }

  private static CodeBlock routeTableComment() {
    return CodeBlock.of(
        "// A line per route, by id: signal and sender (indexes into types(), - for any other), and\n"
            + "// straight when fire() calls it in a straight-line method. See AbstractGeneratedRegistry.\n");
  }

  private MethodSpec table(String name, Table table, CodeBlock comment) {
    MethodSpec.Builder method = protectedOverride(name, ArrayTypeName.of(STRING)).addCode(comment);
    List<List<Line>> parts = table.parts();
    return method
        .addCode(
            fill(
                table.fill(),
                ArrayTypeName.of(STRING),
                CodeBlock.of("new $T[$L]", String.class, parts.size()),
                "table",
                List.of(),
                i -> part(i, parts.get(i))))
        .build();
  }

  /**
   * {@code table[0] = "0 - 0 25:Mailer.send(Notification)\n" // 0}: a line of data a line of
   * source, with a comment that says whom it is about, beside it or, when it names receivers, on
   * the line above.
   */
  private CodeBlock part(int index, List<Line> lines) {
    CodeBlock.Builder code = CodeBlock.builder().add("table[$L] =", index);
    if (lines.isEmpty()) {
      return code.add(" \"\";\n").build();
    }
    boolean above = lines.stream().anyMatch(line -> !line.receivers().isEmpty());
    code.add(above ? "\n$>$>" : " $>$>");
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String comment = line.label();
      if (comment != null && !line.receivers().isEmpty()) {
        // Indented as deep as a part in a nested class, two columns deeper than in the registry.
        int width = LINE_WIDTH - 10 - "// ".length() - comment.length() - ": ".length();
        code.add("// $L: $L\n", comment, namesComment(names(line.receivers()), width));
        comment = null;
      }
      code.add("$L$S$L", i == 0 ? "" : "+ ", line.text(), i == lines.size() - 1 ? ";" : "");
      code.add(comment == null ? "\n" : " // " + comment + "\n");
    }
    return code.add("$<$<").build();
  }

  // --- fire and the straight-line routes ----------------------------------------------------

  /**
   * {@code fire}: a switch over the routes that calls each one's straight-line method, where the
   * receivers are called one after the other, as a person would write them. Routes without one
   * are called receiver by receiver by the runtime, through {@code invoke}.
   */
  private MethodSpec fire() {
    Signature signature = callSignature("route", TypeName.VOID);
    MethodSpec.Builder method = override("fire", TypeName.VOID);
    signature.parameters().forEach(method::addParameter);
    List<RouteMethod> straight = plan.straight();
    IntFunction<Case> cases =
        route -> {
          RouteMethod r = straight.get(route);
          return new Case(
              r.route().description(),
              CodeBlock.of("$L.$L(instances, sender, payload);\nreturn;\n", r.holder(), r.route().methodName()));
        };
    return method.addCode(keyed(plan.fire(), signature, "route", cases, noSuch("route", "route"))).build();
  }

  /**
   * Each straight-line route in its nested class: the payload check, then the receivers one after
   * the other; a long route's method calls its chunks in order.
   */
  private void writeRouteMethods() {
    for (RouteMethod routeMethod : plan.straight()) {
      Route route = routeMethod.route();
      Placed body = routeMethod.body();
      Split.Node root = body.split().root();
      int total = route.receivers().size();
      Signature signature = routeSignature();
      CodeBlock javadoc =
          root.leaf()
              ? CodeBlock.of("$L.\n", route.description())
              : CodeBlock.of(
                  "$L: $L receivers, in $L parts of at most $L.\n",
                  route.description(), total, root.children().size(), body.split().perMethod());
      Function<Split.Node, CodeBlock> calls = node -> routeCalls(route.receivers().subList(node.from(), node.to()));
      holders.get(routeMethod.holder()).addMethod(
          signature.method(route.methodName())
              .addJavadoc(javadoc)
              .addCode(payloadCheck(route.signal().type()))
              .addCode(sequence(body, signature, calls, root))
              .build());
      for (Split.Node node : body.split().methods()) {
        holders.get(body.holder(node)).addMethod(
            signature.method(node.name(body.prefix()))
                .addJavadoc(
                    "$L: receivers $L to $L of $L.\n", route.description(), node.from() + 1, node.to(), total)
                .addCode(sequence(body, signature, calls, node))
                .build());
      }
    }
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

  /**
   * Receivers of one route called one after the other; {@code receiver} keeps the id of the one
   * running, so that a failure names it.
   */
  private CodeBlock routeCalls(List<Integer> receivers) {
    CodeBlock.Builder calls = CodeBlock.builder();
    boolean first = true;
    for (int id : receivers) {
      ReceiverModel r = model.receivers().get(id);
      ClassName dispatcher = model.dispatcherOf().get(id);
      if (first) {
        calls.addStatement("int receiver = $L", id);
        calls.beginControlFlow("try");
        first = false;
      } else {
        calls.addStatement("receiver = $L", id);
      }
      if (dispatcher == null) {
        calls.add("// $L\n", r.displayName());
        calls.addStatement("$L", target(r, model.slotOf().get(id)));
      } else {
        calls.add("// $L, through its package's dispatcher\n", r.displayName());
        calls.addStatement("$T.invoke$L(instances, sender, payload)", dispatcher, id);
      }
    }
    calls.nextControlFlow("catch ($T e)", Exception.class);
    calls.addStatement("throw new $T(receiver, e)", ROUTE_FAILURE);
    calls.endControlFlow();
    return calls.build();
  }

  /** {@code static void name(Object[] instances, Class<?> sender, Object payload)}. */
  private static Signature routeSignature() {
    return new Signature(
        List.of(
            parameter(ArrayTypeName.of(OBJECT), "instances"),
            parameter(ANY_CLASS, "sender"),
            parameter(OBJECT, "payload")),
        TypeName.VOID,
        false);
  }

  // --- createInstances and invoke ------------------------------------------------------------

  private MethodSpec createInstances() {
    MethodSpec.Builder method =
        override("createInstances", ArrayTypeName.of(OBJECT)).addParameter(INSTANCE_SOURCE, "source");
    List<InstanceSlot> slots = model.slots();
    if (slots.isEmpty()) {
      return method.addStatement("return new $T[0]", OBJECT).build();
    }
    return method
        .addCode(
            fill(
                plan.instances(),
                ArrayTypeName.of(OBJECT),
                CodeBlock.of("new $T[$L]", OBJECT, slots.size()),
                "instances",
                List.of(parameter(INSTANCE_SOURCE, "source")),
                i -> CodeBlock.of("instances[$L] = $L;\n", i, createInstance(slots.get(i)))))
        .build();
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

  private MethodSpec invoke() {
    Signature signature = callSignature("receiverId", OBJECT);
    MethodSpec.Builder method = override("invoke", OBJECT).addException(Exception.class);
    signature.parameters().forEach(method::addParameter);
    IntFunction<Case> cases =
        id -> {
          ReceiverModel r = model.receivers().get(id);
          ClassName dispatcher = model.dispatcherOf().get(id);
          return new Case(
              r.displayName(),
              dispatcher == null
                  ? call(r, model.slotOf().get(id))
                  : CodeBlock.of("return $T.invoke$L(instances, sender, payload);\n", dispatcher, id));
        };
    return method.addCode(keyed(plan.invoke(), signature, "receiverId", cases, noSuch("receiver", "receiverId"))).build();
  }

  /** {@code (key, instances, sender, payload)}: the parameters of {@code invoke} and {@code fire}. */
  private static Signature callSignature(String key, TypeName returns) {
    return new Signature(
        List.of(
            parameter(TypeName.INT, key),
            parameter(ArrayTypeName.of(OBJECT), "instances"),
            parameter(ANY_CLASS, "sender"),
            parameter(OBJECT, "payload")),
        returns,
        returns.equals(OBJECT));
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

  private static CodeBlock noSuch(String what, String key) {
    return CodeBlock.of("throw noSuch(NAME, $S, $L);\n", what, key);
  }

  // --- methods cut by Split -------------------------------------------------------------------

  /**
   * The root's body of a switch over dense keys cut by {@code placed}, writing every other method
   * of the cut into its nested class: a leaf switches over its keys, a method above switches over
   * {@code key / unit} to the method below that holds the key.
   *
   * @param cases the case of each key, or null for a key without one
   */
  private CodeBlock keyed(Placed placed, Signature signature, String key, IntFunction<Case> cases, CodeBlock fallback) {
    for (Split.Node node : placed.split().methods()) {
      holders.get(placed.holder(node)).addMethod(
          signature.method(node.name(placed.prefix()))
              .addCode(keyedBody(placed, node, signature, key, cases, fallback))
              .build());
    }
    return keyedBody(placed, placed.split().root(), signature, key, cases, fallback);
  }

  private static CodeBlock keyedBody(
      Placed placed, Split.Node node, Signature signature, String key, IntFunction<Case> cases, CodeBlock fallback) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (node.leaf()) {
      boolean any = false;
      for (int k = node.from(); k < node.to(); k++) {
        Case c = cases.apply(k);
        if (c == null) {
          continue;
        }
        if (!any) {
          code.beginControlFlow("switch ($L)", key);
          any = true;
        }
        code.add(
            c.comment() == null
                ? CodeBlock.of("case $L:\n$>", k)
                : CodeBlock.of("case $L: // $L\n$>", k, c.comment()));
        code.add(c.body()).add("$<");
      }
      if (!any) {
        return fallback;
      }
    } else {
      code.beginControlFlow("switch ($L / $L)", key, node.unit());
      for (Split.Node child : node.children()) {
        code.add("case $L:\n$>", child.label(node.unit()));
        code.add(signature.call(placed.holder(child), child.name(placed.prefix())));
        code.add(signature.returns().equals(TypeName.VOID) ? "return;\n$<" : "$<");
      }
    }
    return code.add("default:\n$>").add(fallback).add("$<").endControlFlow().build();
  }

  /**
   * The body of {@code node} of a sequence cut by {@code placed}: its items, or calls to the
   * methods below it, in order.
   */
  private static CodeBlock sequence(
      Placed placed, Signature signature, Function<Split.Node, CodeBlock> leaf, Split.Node node) {
    if (node.leaf()) {
      return leaf.apply(node);
    }
    CodeBlock.Builder code = CodeBlock.builder();
    for (Split.Node child : node.children()) {
      code.add(signature.call(placed.holder(child), child.name(placed.prefix())));
    }
    return code.build();
  }

  /**
   * {@code T[] array = new T[n]; ...; return array;}, the statements that fill it cut by {@code
   * placed}, every method below the root taking the array and {@code extra}.
   */
  private CodeBlock fill(
      Placed placed,
      TypeName arrayType,
      CodeBlock creation,
      String array,
      List<ParameterSpec> extra,
      IntFunction<CodeBlock> item) {
    List<ParameterSpec> parameters = new ArrayList<>();
    parameters.add(parameter(arrayType, array));
    parameters.addAll(extra);
    Signature signature = new Signature(parameters, TypeName.VOID, false);
    Function<Split.Node, CodeBlock> leaf =
        node -> {
          CodeBlock.Builder items = CodeBlock.builder();
          for (int i = node.from(); i < node.to(); i++) {
            items.add(item.apply(i));
          }
          return items.build();
        };
    for (Split.Node node : placed.split().methods()) {
      holders.get(placed.holder(node)).addMethod(
          signature.method(node.name(placed.prefix())).addCode(sequence(placed, signature, leaf, node)).build());
    }
    return CodeBlock.builder()
        .addStatement("$T $L = $L", arrayType, array, creation)
        .add(sequence(placed, signature, leaf, placed.split().root()))
        .addStatement("return $L", array)
        .build();
  }

  /** A nested class of the registry, with a javadoc that says what it holds and why. */
  private static TypeSpec.Builder holderType(Holder holder) {
    String holds =
        holder.family().equals(RegistryPlan.ROUTES)
            ? "Straight-line route methods"
            : "Parts of {@code " + RegistryPlan.methodOfFamily(holder.family()) + "}";
    return TypeSpec.classBuilder(holder.name())
        .addJavadoc(
            "$L", wrap(holds + ", in a class of their own so that no constant pool grows with the module.", ""))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
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
    suppress(type, plan.dispatcherWarnings().get(dispatcher.name()));
    originatingElements.forEach(type::addOriginatingElement);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (int id : dispatcher.receiverIds()) {
      ReceiverModel r = model.receivers().get(id);
      type.addMethod(
          MethodSpec.methodBuilder("invoke" + id)
              .addJavadoc("Calls receiver $L, {@code $L}.\n", id, r.displayName())
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(OBJECT)
              .addParameter(ArrayTypeName.of(OBJECT), "instances")
              .addParameter(ANY_CLASS, "sender")
              .addParameter(OBJECT, "payload")
              .addException(Exception.class)
              .addCode(call(r, model.slotOf().get(id)))
              .build());
    }
    for (InstanceSlot slot : dispatcher.slots()) {
      type.addMethod(
          MethodSpec.methodBuilder(slot.factoryName())
              .addJavadoc(
                  "Creates instance $L, of {@code $L}.\n", slot.index(), String.join(".", slot.owner().simpleNames()))
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(OBJECT)
              .addParameter(INSTANCE_SOURCE, "source")
              .addStatement("return $L", directInstance(slot))
              .build());
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

  private static MethodSpec.Builder protectedOverride(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(returns);
  }

  private static ParameterSpec parameter(TypeName type, String name) {
    return ParameterSpec.builder(type, name).build();
  }

  /**
   * Adds {@code @SuppressWarnings} for {@code warnings} in name order, or nothing when there are
   * none: once, on the generated class, which covers everything in it.
   */
  private static void suppress(TypeSpec.Builder type, Collection<String> warnings) {
    if (warnings.isEmpty()) {
      return;
    }
    List<String> sorted = new ArrayList<>(new TreeSet<>(warnings));
    CodeBlock value =
        sorted.size() == 1
            ? CodeBlock.of("$S", sorted.get(0))
            : sorted.stream().map(w -> CodeBlock.of("$S", w)).collect(CodeBlock.joining(", ", "{", "}"));
    type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$L", value).build());
  }

  private List<String> names(List<Integer> ids) {
    return ids.stream().map(id -> model.receivers().get(id).displayName()).collect(Collectors.toList());
  }

  /**
   * The names that fit in {@code width} characters, then how many did not: {@code A.on(X), B.on(X)
   * and 3 more}; or, when not even the first fits with that count, how many there are.
   */
  static String namesComment(List<String> names, int width) {
    String others = names.size() == 1 ? "" : " and " + (names.size() - 1) + " more";
    if (names.get(0).length() + others.length() > width) {
      return names.size() + (names.size() == 1 ? " receiver" : " receivers");
    }
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
