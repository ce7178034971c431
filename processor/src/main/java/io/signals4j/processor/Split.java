package io.signals4j.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way generated code is cut to stay within {@link Limits}: {@code size} items (the cases of
 * a {@code switch}, the calls of a route, the statements that fill an array) go into methods of at
 * most {@code perMethod} items each, and when there are more such methods than one method may call,
 * into a tree of them, by construction rather than by measuring what was written.
 *
 * <p>A method of the tree covers a range of item indexes: a leaf holds the items themselves, a
 * node above calls the methods below it, at most {@code perMethod} of them. Nodes are aligned on
 * powers of {@code perMethod}, so that a {@code switch} reaches the child holding key {@code k}
 * with {@code switch (k / unit)}: the same tree serves a switch over dense keys and a sequence
 * called in order. The root is the method the registry overrides; every other node is a static
 * method in a nested class, placed by {@link Holders}.
 *
 * @param root the root, covering every item
 * @param perMethod the most items, or calls to methods below, in one method
 */
record Split(Node root, int perMethod) {

  /**
   * One method of the tree.
   *
   * @param from the first item it covers
   * @param to one past the last item it covers
   * @param unit the items each child covers, a power of {@code perMethod}; 0 for a leaf
   * @param children the methods it calls, in item order; empty for a leaf
   */
  record Node(int from, int to, int unit, List<Node> children) {

    boolean leaf() {
      return children.isEmpty();
    }

    /** What the method holds: its items, or its calls to the methods below. */
    int items() {
      return leaf() ? to - from : children.size();
    }

    /** {@code prefix0To99}: the name of the method covering items 0 to 99. */
    String name(String prefix) {
      return prefix + from + "To" + (to - 1);
    }

    /** The {@code switch (key / unit)} label under which a parent reaches this node. */
    int label(int parentUnit) {
      return from / parentUnit;
    }
  }

  /**
   * Cuts {@code size} items into methods of at most {@code perMethod} items or calls.
   *
   * @throws IllegalArgumentException if {@code perMethod} is below 2, which cannot make a tree
   */
  static Split of(int size, int perMethod) {
    if (perMethod < 2) {
      throw new IllegalArgumentException("perMethod " + perMethod);
    }
    long unit = perMethod;
    while (ceilDiv(size, unit) > perMethod) {
      unit *= perMethod;
    }
    return new Split(size <= perMethod ? leaf(0, size) : node(0, size, unit, perMethod), perMethod);
  }

  /** Every node but the root, each before the nodes it calls, in item order. */
  List<Node> methods() {
    List<Node> methods = new ArrayList<>();
    root.children().forEach(child -> collect(child, methods));
    return methods;
  }

  private static void collect(Node node, List<Node> into) {
    into.add(node);
    node.children().forEach(child -> collect(child, into));
  }

  private static Node leaf(int from, int to) {
    return new Node(from, to, 0, List.of());
  }

  /**
   * The node covering {@code from} to {@code to}, whose children cover {@code unit} items each; a
   * node that would have one child is that child, so that no two methods cover the same items.
   */
  private static Node node(int from, int to, long unit, int perMethod) {
    List<Node> children = new ArrayList<>();
    for (long start = from; start < to; start += unit) {
      int end = (int) Math.min(to, start + unit);
      children.add(
          unit == perMethod
              ? leaf((int) start, end)
              : node((int) start, end, unit / perMethod, perMethod));
    }
    if (children.size() == 1) {
      return children.get(0);
    }
    return new Node(from, to, (int) unit, List.copyOf(children));
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
