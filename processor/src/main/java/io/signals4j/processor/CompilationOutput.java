package io.signals4j.processor;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * What the compilation's output directories tell about it: whether it compiles a module's tests.
 *
 * <p>Receivers in a module's test sources make a second registry, usually in the packages of the
 * main one, which is on the test class path; so the test registry gets a name of its own. javac
 * says nothing about what it compiles, but build tools name their output directories by
 * convention: Maven writes tests to {@code target/test-classes} and their generated sources to
 * {@code target/generated-test-sources/...}; Gradle to {@code build/classes/java/test} and {@code
 * build/generated/sources/annotationProcessor/java/test} (or another source set named {@code *Test});
 * IntelliJ IDEA's own builds to {@code out/test/<module>}.
 * Other layouts name the registry themselves, with {@code @SignalsApp} in the test sources or the
 * {@value SignalsProcessor#REGISTRY_OPTION} option of the test compilation.
 */
final class CompilationOutput {

  private CompilationOutput() {}

  /** Whether the class or source output is where a build tool puts compiled tests. */
  static boolean compilesTests(Filer filer) {
    return isTestDirectory(location(filer, StandardLocation.CLASS_OUTPUT))
        || isTestDirectory(location(filer, StandardLocation.SOURCE_OUTPUT));
  }

  /** The output directory's path segments, or none when the file manager does not say. */
  private static List<String> location(Filer filer, StandardLocation location) {
    try {
      URI uri = filer.getResource(location, "", "signals4j-probe").toUri();
      String path = uri.getPath();
      if (path == null) {
        return List.of();
      }
      List<String> segments = List.of(path.replace('\\', '/').split("/"));
      return segments.subList(0, Math.max(0, segments.size() - 1));
    } catch (IOException | RuntimeException e) {
      return List.of(); // an output the file manager cannot locate is not a test directory
    }
  }

  static boolean isTestDirectory(List<String> segments) {
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (segment.equals("test-classes") || segment.equals("generated-test-sources")) {
        return true;
      }
      // Gradle: build/classes/<language>/<source set>, build/generated/sources/<what>/<language>/<source set>
      boolean last = i == segments.size() - 1;
      boolean gradle =
          i >= 2 && (segments.get(i - 2).equals("classes") || segments.get(i - 2).equals("annotationProcessor"));
      if (last && gradle && (segment.equals("test") || segment.endsWith("Test"))) {
        return true;
      }
      // IntelliJ IDEA's own builds: out/production/<module> and out/test/<module>
      if (i == segments.size() - 2 && i >= 1 && segments.get(i - 1).equals("out") && segment.equals("test")) {
        return true;
      }
    }
    return false;
  }
}
