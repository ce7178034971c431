package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one way generated methods are cut: every method within its bound, the leaves covering every
 * item once and in order, and {@code switch (key / unit)} leading from the root to the leaf that
 * holds any key.
 */
class SplitTest {

  private static final int[] PER_METHOD = {2, 3, 16, 100};

  @Test
  void everyMethodHoldsAtMostPerMethodItemsOrCalls() {
    for (int perMethod : PER_METHOD) {
      for (int size : sizes(perMethod)) {
        Split split = Split.of(size, perMethod);
        List<Split.Node> all = new ArrayList<>(split.methods());
        all.add(split.root());
        for (Split.Node node : all) {
          assertWithMessage("%s items, %s per method: %s", size, perMethod, node)
              .that(node.items()).isAtMost(perMethod);
        }
      }
    }
  }

  @Test
  void leavesCoverEveryItemOnceInOrder() {
    for (int perMethod : PER_METHOD) {
      for (int size : sizes(perMethod)) {
        List<Split.Node> leaves = new ArrayList<>();
        collectLeaves(Split.of(size, perMethod).root(), leaves);
        int next = 0;
        for (Split.Node leaf : leaves) {
          assertThat(leaf.from()).isEqualTo(next);
          next = leaf.to();
        }
        assertWithMessage("%s items, %s per method", size, perMethod).that(next).isEqualTo(size);
      }
    }
  }

  @Test
  void dividingTheKeyByEachUnitLeadsToTheLeafThatHoldsIt() {
    for (int perMethod : PER_METHOD) {
      for (int size : sizes(perMethod)) {
        Split.Node root = Split.of(size, perMethod).root();
        for (int key = 0; key < size; key++) {
          Split.Node node = root;
          while (!node.leaf()) {
            Split.Node parent = node;
            int label = key / parent.unit();
            node = parent.children().stream()
                .filter(child -> child.label(parent.unit()) == label)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no child for " + label));
          }
          assertThat(key).isAtLeast(node.from());
          assertThat(key).isLessThan(node.to());
        }
      }
    }
  }

  @Test
  void noTwoMethodsShareAName() {
    for (int perMethod : PER_METHOD) {
      for (int size : sizes(perMethod)) {
        Set<String> names = new HashSet<>();
        for (Split.Node node : Split.of(size, perMethod).methods()) {
          assertWithMessage("%s items, %s per method", size, perMethod)
              .that(names.add(node.name("invoke"))).isTrue();
        }
      }
    }
  }

  @Test
  void aMethodIsListedBeforeTheMethodsItCalls() {
    Split split = Split.of(10_001, 100);
    List<Split.Node> methods = split.methods();
    assertThat(methods.get(0).name("invoke")).isEqualTo("invoke0To9999");
    assertThat(methods.get(1).name("invoke")).isEqualTo("invoke0To99");
    // The last id is alone under its label: the root calls its leaf directly.
    assertThat(methods.get(methods.size() - 1).name("invoke")).isEqualTo("invoke10000To10000");
    assertThat(split.root().unit()).isEqualTo(10_000);
  }

  private static void collectLeaves(Split.Node node, List<Split.Node> into) {
    if (node.leaf()) {
      into.add(node);
    } else {
      node.children().forEach(child -> collectLeaves(child, into));
    }
  }

  /** The sizes around each boundary: none, one, a full method, one more, a full level, one more. */
  private static List<Integer> sizes(int perMethod) {
    List<Integer> sizes = new ArrayList<>(List.of(0, 1, 2));
    long full = perMethod;
    for (int level = 0; level < 3 && full <= 20_000; level++, full *= perMethod) {
      sizes.add((int) full);
      sizes.add((int) full + 1);
      sizes.add((int) full * 2 + 1);
    }
    return sizes.stream().distinct().toList();
  }
}
