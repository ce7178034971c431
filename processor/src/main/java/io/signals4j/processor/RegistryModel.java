package io.signals4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Everything one registry holds, sorted and numbered: what the writers write, and nothing else.
 *
 * @param name the registry class
 * @param receivers the receivers in dispatch order; a receiver's id is its index
 * @param signals the signals in id order (by qualified name)
 * @param slots the instances that instance receivers are called on, by owner name
 * @param slotOf for each receiver id, its slot index, or -1 for a static receiver
 * @param dispatcherOf for each receiver id, the package dispatcher that calls it, or null when the
 *     registry calls it directly
 * @param dispatchers the package dispatchers, by name
 */
record RegistryModel(
    ClassName name,
    List<ReceiverModel> receivers,
    List<SignalModel> signals,
    List<InstanceSlot> slots,
    List<Integer> slotOf,
    List<ClassName> dispatcherOf,
    List<Dispatcher> dispatchers) {

  /**
   * One signal and its receivers.
   *
   * @param id the signal id
   * @param type the payload type
   * @param binaryName what {@code Class.getName()} answers
   * @param senders for each sender named by a receiver, the ids a send from it reaches (its own
   *     receivers merged with the any-sender ones, sorted); ordered by sender name
   * @param anySender the ids of the any-sender receivers
   * @param warnings the lint warnings that naming its class draws, to suppress where it is named
   * @param senderWarnings the same for each sender that has some
   */
  record SignalModel(
      int id,
      ClassName type,
      String binaryName,
      Map<ClassName, List<Integer>> senders,
      List<Integer> anySender,
      List<String> warnings,
      Map<ClassName, List<String>> senderWarnings) {}

  /**
   * An instance that instance receivers are called on.
   *
   * @param index the slot number
   * @param owner the receiver class
   * @param supplied whether the application supplies it
   * @param neededBy the first receiver that needs it, for the error message when it is missing
   * @param dispatcher the package dispatcher that creates it, or null when the registry does
   * @param warnings the lint warnings that creating it draws, to suppress where it is created
   * @param generic whether the class has type parameters, so that it is created with {@code <>}
   */
  record InstanceSlot(
      int index,
      ClassName owner,
      boolean generic,
      boolean supplied,
      String neededBy,
      ClassName dispatcher,
      List<String> warnings) {

    /** The name of the dispatcher method that creates it: {@code newOuter_Inner}. */
    String factoryName() {
      return "new" + String.join("_", owner.simpleNames());
    }
  }

  /**
   * A public class generated in a receiver's package, through which the registry reaches receivers
   * and constructors that are not visible from its own package.
   */
  record Dispatcher(ClassName name, List<Integer> receiverIds, List<InstanceSlot> slots) {}

  /** Numbers the receivers and works out who calls what. */
  static RegistryModel create(ClassName name, List<ReceiverModel> unsorted) {
    List<ReceiverModel> receivers = new ArrayList<>(unsorted);
    receivers.sort(ReceiverModel.DISPATCH_ORDER);

    // Signals, in receiver order, which is signal-name order.
    List<SignalModel> signals = new ArrayList<>();
    int start = 0;
    while (start < receivers.size()) {
      ClassName signal = receivers.get(start).signal();
      int end = start;
      while (end < receivers.size() && receivers.get(end).signal().equals(signal)) {
        end++;
      }
      signals.add(signalModel(signals.size(), receivers, start, end));
      start = end;
    }

    // Slots: one per class with instance receivers.
    Map<String, ReceiverModel> firstByOwner = new TreeMap<>();
    for (ReceiverModel receiver : receivers) {
      if (!receiver.isStatic()) {
        firstByOwner.putIfAbsent(receiver.owner().canonicalName(), receiver);
      }
    }
    String registryPackage = name.packageName();
    List<InstanceSlot> slots = new ArrayList<>();
    Map<String, Integer> slotIndex = new LinkedHashMap<>();
    for (ReceiverModel first : firstByOwner.values()) {
      TypeElement owner = first.referencedTypes().get(0);
      boolean direct =
          accessible(owner, registryPackage)
              && (first.kind() == ReceiverModel.Kind.SUPPLIED
                  || first.constructorPublic()
                  || packageOf(owner).equals(registryPackage));
      slotIndex.put(first.owner().canonicalName(), slots.size());
      slots.add(
          new InstanceSlot(
              slots.size(),
              first.owner(),
              first.ownerType() instanceof ParameterizedTypeName,
              first.kind() == ReceiverModel.Kind.SUPPLIED,
              first.displayName(),
              direct ? null : dispatcherName(name, first.owner().packageName(), 0),
              first.warnings().creation()));
    }

    List<Integer> slotOf = new ArrayList<>();
    List<Boolean> routed = new ArrayList<>();
    for (ReceiverModel receiver : receivers) {
      slotOf.add(
          receiver.isStatic() ? -1 : slotIndex.get(receiver.owner().canonicalName()));
      boolean direct =
          (receiver.methodPublic() || receiver.owner().packageName().equals(registryPackage))
              && receiver.referencedTypes().stream().allMatch(t -> accessible(t, registryPackage));
      routed.add(!direct);
    }

    // Dispatchers: per package, split every MAX_METHODS_PER_DISPATCHER methods.
    Map<String, List<Integer>> routedByPackage = new TreeMap<>();
    for (int id = 0; id < receivers.size(); id++) {
      if (routed.get(id)) {
        routedByPackage
            .computeIfAbsent(receivers.get(id).owner().packageName(), p -> new ArrayList<>())
            .add(id);
      }
    }
    Map<String, List<InstanceSlot>> slotsByPackage = new TreeMap<>();
    for (InstanceSlot slot : slots) {
      if (slot.dispatcher() != null) {
        slotsByPackage
            .computeIfAbsent(slot.owner().packageName(), p -> new ArrayList<>())
            .add(slot);
      }
    }
    List<ClassName> dispatcherOf = new ArrayList<>(Collections.nCopies(receivers.size(), null));
    List<Dispatcher> dispatchers = new ArrayList<>();
    TreeSet<String> packages = new TreeSet<>(routedByPackage.keySet());
    packages.addAll(slotsByPackage.keySet());
    for (String pkg : packages) {
      // Slots go in the first dispatcher of the package (their count is bounded by the receivers').
      List<InstanceSlot> pkgSlots = slotsByPackage.getOrDefault(pkg, List.of());
      List<Integer> ids = routedByPackage.getOrDefault(pkg, List.of());
      int parts = Math.max(1, ceilDiv(ids.size() + pkgSlots.size(), Limits.MAX_METHODS_PER_DISPATCHER));
      int perPart = Math.max(1, ceilDiv(ids.size(), parts));
      for (int part = 0; part < parts; part++) {
        ClassName dispatcher = dispatcherName(name, pkg, part);
        List<Integer> partIds =
            List.copyOf(ids.subList(Math.min(ids.size(), part * perPart), Math.min(ids.size(), (part + 1) * perPart)));
        for (int id : partIds) {
          dispatcherOf.set(id, dispatcher);
        }
        dispatchers.add(new Dispatcher(dispatcher, partIds, part == 0 ? List.copyOf(pkgSlots) : List.of()));
      }
    }
    return new RegistryModel(
        name,
        List.copyOf(receivers),
        List.copyOf(signals),
        List.copyOf(slots),
        List.copyOf(slotOf),
        Collections.unmodifiableList(dispatcherOf),
        List.copyOf(dispatchers));
  }

  private static SignalModel signalModel(
      int id, List<ReceiverModel> receivers, int start, int end) {
    List<Integer> any = new ArrayList<>();
    Map<String, ClassName> senderNames = new TreeMap<>();
    Map<ClassName, List<String>> senderWarnings = new LinkedHashMap<>();
    for (int i = start; i < end; i++) {
      ReceiverModel receiver = receivers.get(i);
      if (receiver.sender() == null) {
        any.add(i);
      } else {
        senderNames.put(receiver.sender().canonicalName(), receiver.sender());
        if (!receiver.warnings().sender().isEmpty()) {
          senderWarnings.put(receiver.sender(), receiver.warnings().sender());
        }
      }
    }
    Map<ClassName, List<Integer>> senders = new LinkedHashMap<>();
    for (ClassName sender : senderNames.values()) {
      List<Integer> ids = new ArrayList<>();
      for (int i = start; i < end; i++) {
        ClassName declared = receivers.get(i).sender();
        if (declared == null || declared.equals(sender)) {
          ids.add(i); // ascending already: ids are indexes
        }
      }
      senders.put(sender, List.copyOf(ids));
    }
    ReceiverModel first = receivers.get(start);
    return new SignalModel(
        id,
        first.signal(),
        first.signalBinaryName(),
        Collections.unmodifiableMap(senders),
        List.copyOf(any),
        first.warnings().signal(),
        Collections.unmodifiableMap(senderWarnings));
  }

  /** {@code SignalsDispatcher_AppSignals}, then {@code SignalsDispatcher_AppSignals2}, ... */
  static ClassName dispatcherName(ClassName registry, String pkg, int part) {
    return ClassName.get(
        pkg, "SignalsDispatcher_" + registry.simpleName() + (part == 0 ? "" : String.valueOf(part + 1)));
  }

  /** Whether code in {@code pkg} may name {@code type}. */
  static boolean accessible(TypeElement type, String pkg) {
    Element element = type;
    while (element != null && element.getKind() != ElementKind.PACKAGE) {
      if (element.getKind().isClass() || element.getKind().isInterface()) {
        if (element.getModifiers().contains(Modifier.PRIVATE)) {
          return false;
        }
        if (!element.getModifiers().contains(Modifier.PUBLIC)
            && !packageOf(element).equals(pkg)) {
          return false;
        }
      }
      element = element.getEnclosingElement();
    }
    return true;
  }

  static String packageOf(Element element) {
    Element e = element;
    while (e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  /** The receivers a registry holds, for its class javadoc: "3 receivers of 2 signals". */
  String summary() {
    return count(receivers.size(), "receiver")
        + " of "
        + count(signals.size(), "signal")
        + (slots.isEmpty() ? "" : ", " + count(slots.size(), "instance"));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
