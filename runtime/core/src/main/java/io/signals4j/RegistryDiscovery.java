package io.signals4j;

import io.signals4j.internal.RegistryReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the generated registries on the class path and the module path, for applications that opt
 * into discovery with {@link Signals.Builder#installDiscovered()} instead of naming each registry.
 *
 * <p>It uses {@link ServiceLoader}, the JDK's own mechanism, which scans nothing: every generated
 * registry is listed in its module's {@code META-INF/services/io.signals4j.SignalRegistry}, which
 * the processor writes, and a named module declares it in its {@code module-info}:
 *
 * <pre>{@code
 * module com.acme.shop {
 *   requires io.signals4j;
 *   provides io.signals4j.SignalRegistry with com.acme.shop.ShopSignals;
 * }
 * }</pre>
 *
 * <p>GraalVM's native-image resolves {@code ServiceLoader} at build time from the same files, so
 * discovery works there too. This is the only class of the runtime that uses it; nothing on the
 * send path does.
 *
 * <p>Registries come back sorted by name, so that receivers of equal order run in the same order
 * on every start, whatever order the class path has. Receivers compiled from test sources form a
 * registry of their own, which discovery finds whenever test classes are on the class path.
 */
public final class RegistryDiscovery {

  private RegistryDiscovery() {}

  /**
   * Every registry visible to the thread's context class loader (or this class's, without one).
   *
   * @return the registries, sorted by name; each once
   */
  public static List<SignalRegistry> registries() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return registries(loader != null ? loader : RegistryDiscovery.class.getClassLoader());
  }

  /**
   * Every registry visible to {@code loader}.
   *
   * @param loader where to look
   * @return the registries, sorted by name; each once
   */
  public static List<SignalRegistry> registries(ClassLoader loader) {
    List<SignalRegistry> found = new ArrayList<>();
    for (SignalRegistry provided : ServiceLoader.load(SignalRegistry.class, loader)) {
      SignalRegistry registry =
          provided instanceof RegistryReference reference ? reference.registry() : provided;
      if (!found.contains(registry)) {
        found.add(registry);
      }
    }
    found.sort(Comparator.comparing(SignalRegistry::name));
    return List.copyOf(found);
  }
}
