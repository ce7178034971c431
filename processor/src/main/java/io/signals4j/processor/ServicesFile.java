package io.signals4j.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The provider-configuration file {@value #PATH}, through which {@link java.util.ServiceLoader}
 * finds a module's registry on the class path: it names the registry's nested {@code Discovered}
 * class, by binary name ({@code com.acme.AppSignals$Discovered}).
 *
 * <p>A module has one registry, so the file holds one entry of ours. What the class output already
 * holds is kept: a module's own copy of the file (Maven copies resources before it compiles) and
 * its other providers stay, with their comments. An entry for a {@code Discovered} class that no
 * longer exists (a registry renamed since the last build) is dropped, since {@code ServiceLoader}
 * would fail on it.
 */
final class ServicesFile {

  static final String SERVICE = "io.signals4j.SignalRegistry";
  static final String PATH = "META-INF/services/" + SERVICE;
  static final String DISCOVERED = "Discovered";

  private ServicesFile() {}

  /**
   * The file's new content.
   *
   * @param existing the lines the class output holds, or none
   * @param entry the binary name of the registry's reference class
   * @param resolves whether a binary class name names a class of the compilation or its class path
   */
  static String merge(List<String> existing, String entry, Predicate<String> resolves) {
    List<String> lines = new ArrayList<>();
    for (String line : existing) {
      int comment = line.indexOf('#');
      String name = (comment < 0 ? line : line.substring(0, comment)).strip();
      boolean stale = name.endsWith("$" + DISCOVERED) && !resolves.test(name);
      if (!name.equals(entry) && !stale) {
        lines.add(line);
      }
    }
    lines.add(entry);
    return String.join("\n", lines) + "\n";
  }
}
