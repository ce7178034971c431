package io.signals4j.processor;

import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Finds javac's tree API, which gives the processor source positions on repeated annotations,
 * source lines for the report, and the receivers of local classes.
 *
 * <p>{@link Trees#instance(ProcessingEnvironment)} accepts only javac's own environment. Gradle
 * hands processors a wrapper around it (to track which sources each generated file came from), and
 * other build tools may too, so that call fails there. No public API reaches the wrapped
 * environment, so this reads the wrapper's field that holds it, by reflection: the only reflection
 * in the processor, which runs in the compiler and never in an application. A compiler without the
 * API (Eclipse's) gets null, and the processor says once what it cannot check then.
 */
final class CompilerTrees {

  /** Wrappers around wrappers are unwrapped this deep at most. */
  private static final int MAX_WRAPPERS = 4;

  private CompilerTrees() {}

  /** The tree API of the compilation, or null when the compiler has none. */
  static Trees of(ProcessingEnvironment env) {
    ProcessingEnvironment current = env;
    for (int depth = 0; depth <= MAX_WRAPPERS && current != null; depth++) {
      try {
        return Trees.instance(current);
      } catch (IllegalArgumentException notJavacsOwn) {
        current = wrapped(current);
      } catch (RuntimeException | LinkageError e) {
        return null;
      }
    }
    return null;
  }

  /** The environment that {@code wrapper} delegates to: its one field of that type. */
  private static ProcessingEnvironment wrapped(ProcessingEnvironment wrapper) {
    for (Class<?> type = wrapper.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())
            || !ProcessingEnvironment.class.isAssignableFrom(field.getType())) {
          continue;
        }
        try {
          field.setAccessible(true);
          Object value = field.get(wrapper);
          if (value != wrapper && value instanceof ProcessingEnvironment delegate) {
            return delegate;
          }
        } catch (RuntimeException | IllegalAccessException e) {
          // a field we may not read: look further
        }
      }
    }
    return null;
  }
}
