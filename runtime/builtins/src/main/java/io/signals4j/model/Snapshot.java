package io.signals4j.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The immutable copies that payloads keep of what they are given, and lookups into them. */
final class Snapshot {

  private Snapshot() {}

  /** An immutable copy in iteration order; null stays null. Null values are kept, unlike Map.copyOf. */
  static Map<String, Object> copyOf(Map<String, ?> values) {
    if (values == null) {
      return null;
    }
    return values.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** An immutable copy in iteration order; null stays null, since null means "not known". */
  static <T> Set<T> copyOf(Set<? extends T> values, String what) {
    if (values == null) {
      return null;
    }
    for (T value : values) {
      Objects.requireNonNull(value, () -> what + " contains null");
    }
    return values.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  /**
   * The previous value of {@code attribute}. Previous state that is known but lacks the attribute
   * means a misspelt name, which is worth an exception rather than a null that looks like a value.
   */
  static Object previous(Map<String, Object> previous, String attribute, Object instance) {
    Objects.requireNonNull(attribute, "attribute");
    if (previous.isEmpty() || previous.containsKey(attribute)) {
      return previous.get(attribute);
    }
    throw new IllegalArgumentException(
        "No attribute '"
            + attribute
            + "' in the previous state of "
            + instance.getClass().getName()
            + "; its attributes are "
            + previous.keySet());
  }
}
