package io.signals4j;

import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.InstanceSource;

/** A registry installed into one {@link Signals}, with the instances its receivers are called on. */
final class Installation {

  final GeneratedRegistry registry;
  final int rank;
  final Object[] instances;

  /**
   * Installs a registry: creates the instances of its receiver classes.
   *
   * @throws IllegalStateException if a supplied instance is missing, or a receiver class could
   *     not be constructed; the message names the registry and the class
   */
  Installation(GeneratedRegistry registry, int rank, InstanceSource source) {
    this.registry = registry;
    this.rank = rank;
    try {
      this.instances = registry.createInstances(source);
    } catch (Signals.MissingInstance e) {
      throw e;
    } catch (RuntimeException | ExceptionInInitializerError e) {
      Throwable cause = e instanceof ExceptionInInitializerError error && error.getCause() != null
          ? error.getCause()
          : e;
      throw new IllegalStateException(
          "Registry " + registry.name() + " could not create " + failedClass(e)
              + ", the instance its receivers are called on: " + cause, cause);
    }
  }

  /**
   * The receiver class whose construction failed: the outermost constructor that the registry
   * called, read from the stack trace (the generated code constructs each class directly, so no
   * frame of ours lies between). A description without it when the JVM keeps no stack traces.
   */
  private String failedClass(Throwable failure) {
    String registryClass = registry.getClass().getName();
    String registryPackage = registry.getClass().getPackageName();
    String constructed = null;
    for (StackTraceElement frame : failure.getStackTrace()) {
      String className = frame.getClassName();
      boolean generated = className.equals(registryClass)
          || className.startsWith(registryClass + "$")
          || className.startsWith(registryPackage + ".SignalsDispatcher_")
          || className.contains(".SignalsDispatcher_");
      if (generated) {
        break;
      }
      if (frame.getMethodName().equals("<init>") || frame.getMethodName().equals("<clinit>")) {
        constructed = className;
      }
    }
    return constructed != null ? constructed : "a receiver class";
  }
}
