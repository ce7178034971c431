package io.signals4j;

import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.InstanceSource;
import java.util.List;
import java.util.Map;

/**
 * A registry installed into one {@link Signals}, with the instances its receivers are called on.
 * It is also where the registry gets the instances the application supplied: one class fewer to
 * load while an application starts, where each costs about 0.15 ms.
 */
final class Installation implements InstanceSource {

  final GeneratedRegistry registry;
  final int rank;
  final Object[] instances;

  /** What the application supplied, asked only while the registry creates its instances. */
  private final Map<Class<?>, Object> supplied;

  private final List<Signals.InstanceProvider> providers;

  /**
   * Installs a registry: creates the instances of its receiver classes.
   *
   * @throws IllegalStateException if a supplied instance is missing, or a receiver class could
   *     not be constructed; the message names the registry and the class
   */
  Installation(
      GeneratedRegistry registry,
      int rank,
      Map<Class<?>, Object> supplied,
      List<Signals.InstanceProvider> providers) {
    this.registry = registry;
    this.rank = rank;
    this.supplied = supplied;
    this.providers = providers;
    try {
      this.instances = registry.createInstances(this);
    } catch (MissingInstance e) {
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

  @Override
  public <T> T require(Class<T> type, String neededBy) {
    Object instance = supplied.get(type);
    for (int i = 0; instance == null && i < providers.size(); i++) {
      instance = providers.get(i).instanceOf(type);
    }
    if (instance == null) {
      throw new MissingInstance(
          "Registry " + registry.name() + " needs an instance of " + type.getName()
              + " for its receiver " + neededBy + ", but none was supplied; pass one to"
              + " Signals.builder().supply(" + type.getSimpleName() + ".class, instance)"
              + " or supplyFrom(provider)");
    }
    if (!type.isInstance(instance)) {
      throw new MissingInstance(
          "Registry " + registry.name() + " needs an instance of " + type.getName()
              + " for its receiver " + neededBy + ", but was given a "
              + instance.getClass().getName());
    }
    return type.cast(instance);
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

  /** A supplied instance that the application did not give; its message says how to. */
  static final class MissingInstance extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    MissingInstance(String message) {
      super(message);
    }
  }
}
