package io.signals4j.processor;

import com.palantir.javapoet.ClassName;
import io.signals4j.processor.RegistryModel.Dispatcher;
import io.signals4j.processor.RegistryModel.InstanceSlot;
import io.signals4j.processor.RegistryModel.SignalModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a {@link RegistryModel} is laid out as code and data, decided before anything is written:
 * the routes and which of them get a straight-line method, the types and their indexes, the
 * receiver and route tables, every method cut by {@link Split} and the nested class each part
 * goes in, and the warnings each generated class suppresses. {@link RegistryWriter} turns it into
 * JavaPoet without deciding anything.
 *
 * @param model the receivers, signals and instances
 * @param routes every route, by id: those with a straight-line method first
 * @param types the signal and sender types by index: the signals in id order, then the other
 *     senders in name order
 * @param typeNames what {@code Class.getName()} answers for each type, by index
 * @param typeLookup how {@code typeIndex} finds a type by its name
 * @param typesFill how {@code types()} fills its array
 * @param instances how {@code createInstances} fills its array
 * @param invoke the {@code switch} of {@code invoke}, over receiver ids
 * @param fire the {@code switch} of {@code fire}, over the straight-line routes
 * @param straight the straight-line route methods, by route id
 * @param receiverTable the receiver table, a line per receiver
 * @param routeTable the route table, a line per route
 * @param holders the nested classes that hold the methods below the registry's own, in order
 * @param warnings the lint warnings the registry class draws, which it suppresses once
 * @param dispatcherWarnings the same for each package dispatcher
 */
record RegistryPlan(
    RegistryModel model,
    List<Route> routes,
    List<ClassName> types,
    List<String> typeNames,
    TypeLookup typeLookup,
    Placed typesFill,
    Placed instances,
    Placed invoke,
    Placed fire,
    List<RouteMethod> straight,
    Table receiverTable,
    Table routeTable,
    List<Holder> holders,
    Set<String> warnings,
    Map<ClassName, Set<String>> dispatcherWarnings) {

  /**
   * A route: the receivers a send of one signal from one sender, or from any other sender, reaches,
   * in dispatch order.
   *
   * @param id the route id
   * @param signal the signal
   * @param sender the sender, or null for the signal's any-sender route
   * @param receivers the receiver ids
   * @param straight whether {@code fire} calls it through a straight-line method
   */
  record Route(int id, SignalModel signal, ClassName sender, List<Integer> receivers, boolean straight) {

    String description() {
      return signal.type().simpleName() + " from " + (sender == null ? "any sender" : sender.simpleName());
    }

    String methodName() {
      return "route" + id;
    }
  }

  /**
   * A {@link Split} with the nested class of each of its methods but the root.
   *
   * @param prefix what the names of its methods start with, {@code invoke} for {@code invoke0To99}
   * @param split the cut
   * @param holders the nested class of each method of {@link Split#methods()}
   */
  record Placed(String prefix, Split split, Map<Split.Node, String> holders) {

    String holder(Split.Node node) {
      return holders.get(node);
    }
  }

  /**
   * A straight-line route method and the chunks that a long one calls in order.
   *
   * @param route the route
   * @param holder the nested class of the route method
   * @param body its receivers, cut into chunks of {@link Limits#MAX_ROUTE_METHOD_RECEIVERS}
   */
  record RouteMethod(Route route, String holder, Placed body) {}

  /**
   * How {@code typeIndex} finds a type: one string switch, or, for more types than one switch
   * holds, a switch over buckets of names by hash code, each bucket a method of its own.
   *
   * @param buckets the number of buckets, 0 for a single switch
   * @param bucketTypes the type indexes in each bucket, in index order
   * @param bucketHolders the nested class of each bucket's method
   * @param dispatch the switch over buckets, cut like any other; null for a single switch
   */
  record TypeLookup(int buckets, List<List<Integer>> bucketTypes, List<String> bucketHolders, Placed dispatch) {}

  /**
   * A table, as the string parts its method returns.
   *
   * @param parts each part's lines, each part short enough for one string constant
   * @param fill how the method fills its array of parts
   */
  record Table(List<List<Line>> parts, Placed fill) {}

  /**
   * A line of a table, or the piece of one too long for one string constant.
   *
   * @param text the characters, ending in a line break unless the line continues in the next piece
   * @param label what the comment beside it says first: a receiver or route id and description;
   *     null for a continued piece
   * @param receivers the receivers the comment names after the label, empty for none
   */
  record Line(String text, String label, List<Integer> receivers) {}

  /**
   * A nested class of the registry.
   *
   * @param name its simple name, {@code Invoke0}
   * @param family what it holds: {@code Routes} for route methods, else the method whose chunks it
   *     holds
   */
  record Holder(String name, String family) {}

  /** The family of the nested classes that hold straight-line route methods. */
  static final String ROUTES = "Routes";

  /** The other families of nested classes, each holding parts of one method: by family. */
  private static final Map<String, String> METHOD_OF_FAMILY =
      Map.of(
          "TypeIds", "typeIndex",
          "Types", "types",
          "ReceiverTable", "receiverTable",
          "RouteTable", "routeTable",
          "Fire", "fire",
          "Instances", "createInstances",
          "Invoke", "invoke");

  /** The method whose parts the nested classes of {@code family} hold. */
  static String methodOfFamily(String family) {
    return METHOD_OF_FAMILY.get(family);
  }

  /** Lays out {@code model}, with switches of at most {@code maxCases} cases (lowered by tests). */
  static RegistryPlan create(RegistryModel model, int maxCases) {
    Layout layout = new Layout(maxCases);
    List<Route> routes = numberRoutes(model);
    List<ClassName> types = types(model);
    Map<ClassName, Integer> typeIndex = new LinkedHashMap<>();
    List<String> typeNames = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      typeIndex.put(types.get(i), i);
      typeNames.add(
          i < model.signals().size() ? model.signals().get(i).binaryName() : types.get(i).reflectionName());
    }
    int straightCount = (int) routes.stream().filter(Route::straight).count();
    // Placed in the order the registry declares the methods, so the nested classes follow it.
    TypeLookup typeLookup = layout.typeLookup(typeNames);
    Placed typesFill = layout.place("types", "Types", Split.of(types.size(), maxCases));
    Table receiverTable = layout.table("receiverTable", "ReceiverTable", receiverLines(model, typeIndex));
    Table routeTable = layout.table("routeTable", "RouteTable", routeLines(routes, typeIndex));
    int firePerMethod = Math.min(Limits.MAX_ROUTES_PER_FIRE_SWITCH, maxCases);
    Placed fire = layout.place("fire", "Fire", Split.of(straightCount, firePerMethod));
    Placed instances = layout.place("createInstances", "Instances", Split.of(model.slots().size(), maxCases));
    Placed invoke = layout.place("invoke", "Invoke", Split.of(model.receivers().size(), maxCases));
    int routeChunk = Math.min(Limits.MAX_ROUTE_METHOD_RECEIVERS, maxCases);
    List<RouteMethod> straight = new ArrayList<>();
    for (Route route : routes.subList(0, straightCount)) {
      Split body = Split.of(route.receivers().size(), routeChunk);
      String holder = layout.holders.place(ROUTES, body.root().items());
      straight.add(new RouteMethod(route, holder, layout.place(route.methodName() + "Part", ROUTES, body)));
    }
    return new RegistryPlan(
        model,
        routes,
        List.copyOf(types),
        List.copyOf(typeNames),
        typeLookup,
        typesFill,
        instances,
        invoke,
        fire,
        List.copyOf(straight),
        receiverTable,
        routeTable,
        List.copyOf(layout.holders.all),
        registryWarnings(model),
        dispatcherWarnings(model));
  }

  /** The types by index: signals in id order, then the senders that are not signals, by name. */
  private static List<ClassName> types(RegistryModel model) {
    List<ClassName> types = new ArrayList<>();
    model.signals().forEach(signal -> types.add(signal.type()));
    Map<String, ClassName> senders = new TreeMap<>();
    for (ReceiverModel receiver : model.receivers()) {
      if (receiver.sender() != null && !types.contains(receiver.sender())) {
        senders.put(receiver.sender().canonicalName(), receiver.sender());
      }
    }
    types.addAll(senders.values());
    return types;
  }

  /**
   * Every (signal, sender) route in signal and sender order, those that get a straight-line method
   * first, within the module's budget of calls.
   */
  private static List<Route> numberRoutes(RegistryModel model) {
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
      if (calls > 0 && calls <= budget && !oneByOne) {
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

  // --- tables -----------------------------------------------------------------------------

  /** {@code signal sender order name [subclasses] [uid=...] [PHASE]}, as the runtime reads it. */
  private static List<Line> receiverLines(RegistryModel model, Map<ClassName, Integer> typeIndex) {
    List<Line> lines = new ArrayList<>();
    List<ReceiverModel> receivers = model.receivers();
    for (int id = 0; id < receivers.size(); id++) {
      ReceiverModel r = receivers.get(id);
      StringBuilder line = new StringBuilder();
      line.append(typeIndex.get(r.signal())).append(' ')
          .append(r.sender() == null ? "-" : String.valueOf(typeIndex.get(r.sender()))).append(' ')
          .append(r.order()).append(' ')
          .append(lengthPrefixed(r.displayName()));
      if (r.includeSubclasses()) {
        line.append(" subclasses");
      }
      if (r.dispatchUid() != null) {
        line.append(" uid=").append(lengthPrefixed(r.dispatchUid()));
      }
      if (r.deferred()) {
        line.append(' ').append(r.phase());
      }
      lines.add(new Line(line.append('\n').toString(), String.valueOf(id), List.of()));
    }
    return lines;
  }

  /** {@code signal sender [straight]}, with the route's receivers named in its comment. */
  private static List<Line> routeLines(List<Route> routes, Map<ClassName, Integer> typeIndex) {
    List<Line> lines = new ArrayList<>();
    for (Route route : routes) {
      String text =
          route.signal().id() + " "
              + (route.sender() == null ? "-" : String.valueOf(typeIndex.get(route.sender())))
              + (route.straight() ? " straight" : "")
              + "\n";
      lines.add(new Line(text, route.id() + ", " + route.description(), route.receivers()));
    }
    return lines;
  }

  /** {@code 5:audit}: the length in {@code char}s, so that a string may hold any character. */
  static String lengthPrefixed(String value) {
    return value.length() + ":" + value;
  }

  /**
   * Cuts lines into parts of at most {@link Limits#MAX_STRING_CONSTANT_CHARS} characters, at line
   * ends, and a line longer than that into pieces, never between the two halves of a surrogate
   * pair.
   */
  static List<List<Line>> parts(List<Line> lines, int maxChars) {
    List<List<Line>> parts = new ArrayList<>();
    List<Line> part = new ArrayList<>();
    int length = 0;
    for (Line line : lines) {
      if (length + line.text().length() > maxChars && !part.isEmpty()) {
        parts.add(List.copyOf(part));
        part.clear();
        length = 0;
      }
      String text = line.text();
      String label = line.label();
      List<Integer> named = line.receivers();
      while (text.length() > maxChars) {
        int cut = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        parts.add(List.of(new Line(text.substring(0, cut), label, named)));
        text = text.substring(cut);
        label = null;
        named = List.of();
      }
      part.add(new Line(text, label, named));
      length += text.length();
    }
    if (!part.isEmpty() || parts.isEmpty()) {
      parts.add(List.copyOf(part));
    }
    return List.copyOf(parts);
  }

  // --- warnings ---------------------------------------------------------------------------

  /**
   * What the registry class names: the signals and senders (in {@code typeIndex} and {@code
   * types}), the receivers it calls itself and the instances it creates itself.
   */
  private static Set<String> registryWarnings(RegistryModel model) {
    Set<String> warnings = new TreeSet<>();
    for (SignalModel signal : model.signals()) {
      warnings.addAll(signal.warnings());
      signal.senderWarnings().values().forEach(warnings::addAll);
    }
    for (int id = 0; id < model.receivers().size(); id++) {
      if (model.dispatcherOf().get(id) == null) {
        warnings.addAll(callWarnings(model.receivers().get(id)));
      }
    }
    for (InstanceSlot slot : model.slots()) {
      if (slot.dispatcher() == null) {
        warnings.addAll(slot.warnings());
      }
    }
    return Collections.unmodifiableSet(warnings);
  }

  private static Map<ClassName, Set<String>> dispatcherWarnings(RegistryModel model) {
    Map<ClassName, Set<String>> byDispatcher = new LinkedHashMap<>();
    for (Dispatcher dispatcher : model.dispatchers()) {
      Set<String> warnings = new TreeSet<>();
      dispatcher.receiverIds().forEach(id -> warnings.addAll(callWarnings(model.receivers().get(id))));
      dispatcher.slots().forEach(slot -> warnings.addAll(slot.warnings()));
      byDispatcher.put(dispatcher.name(), Collections.unmodifiableSet(warnings));
    }
    return Collections.unmodifiableMap(byDispatcher);
  }

  /** Calling a receiver: what naming it draws, and {@code unchecked} for a generic cast. */
  private static Set<String> callWarnings(ReceiverModel r) {
    Set<String> warnings = new TreeSet<>(r.warnings().call());
    if (r.uncheckedCast()) {
      warnings.add("unchecked");
    }
    return warnings;
  }

  // --- placing methods in nested classes ----------------------------------------------------

  /** Places every method below a root in a nested class, and builds the lookups and tables. */
  private static final class Layout {
    private final int maxCases;
    private final Holders holders = new Holders();

    Layout(int maxCases) {
      this.maxCases = maxCases;
    }

    /** The methods of {@code split}, named from {@code prefix}, in the classes of {@code family}. */
    Placed place(String prefix, String family, Split split) {
      Map<Split.Node, String> placed = new LinkedHashMap<>();
      for (Split.Node node : split.methods()) {
        placed.put(node, holders.place(family, node.items()));
      }
      return new Placed(prefix, split, Collections.unmodifiableMap(placed));
    }

    Table table(String method, String family, List<Line> lines) {
      List<List<Line>> parts = parts(lines, Limits.MAX_STRING_CONSTANT_CHARS);
      return new Table(parts, place(method, family, Split.of(parts.size(), maxCases)));
    }

    /**
     * One switch over the names when they fit; otherwise buckets by {@code String.hashCode}, which
     * is specified, so the processor computes the buckets the JVM will, doubled until no bucket
     * holds more names than one switch may.
     */
    TypeLookup typeLookup(List<String> names) {
      if (names.size() <= maxCases) {
        return new TypeLookup(0, List.of(), List.of(), null);
      }
      int buckets = (names.size() + maxCases - 1) / maxCases * 2;
      List<List<Integer>> byBucket;
      while (true) {
        byBucket = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
          byBucket.add(new ArrayList<>());
        }
        for (int i = 0; i < names.size(); i++) {
          byBucket.get(Math.floorMod(names.get(i).hashCode(), buckets)).add(i);
        }
        if (byBucket.stream().allMatch(b -> b.size() <= maxCases)) {
          break;
        }
        buckets *= 2;
      }
      // The switch over buckets first, then the buckets it calls.
      Placed dispatch = place("typeIndexOfBuckets", "TypeIds", Split.of(buckets, maxCases));
      List<String> bucketHolders = new ArrayList<>();
      List<List<Integer>> frozen = new ArrayList<>();
      for (List<Integer> bucket : byBucket) {
        bucketHolders.add(bucket.isEmpty() ? null : holders.place("TypeIds", bucket.size()));
        frozen.add(List.copyOf(bucket));
      }
      return new TypeLookup(buckets, List.copyOf(frozen), Collections.unmodifiableList(bucketHolders), dispatch);
    }
  }

  /**
   * Fills the nested classes of each family in order, {@code Invoke0}, {@code Invoke1}, ..., each
   * up to {@link Limits#MAX_ITEMS_PER_CLASS} items, so that no constant pool grows with the module.
   */
  private static final class Holders {
    private final List<Holder> all = new ArrayList<>();
    private final Map<String, Integer> current = new TreeMap<>();
    private final Map<String, Integer> items = new TreeMap<>();

    String place(String family, int methodItems) {
      Integer index = current.get(family);
      if (index == null) {
        index = 0;
        all.add(new Holder(family + index, family));
      } else if (items.get(family) + methodItems > Limits.MAX_ITEMS_PER_CLASS) {
        index++;
        items.put(family, 0);
        all.add(new Holder(family + index, family));
      }
      current.put(family, index);
      items.merge(family, methodItems, Integer::sum);
      return family + index;
    }
  }
}
