package io.signals4j.it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Signals;
import io.signals4j.classfiles.ClassFile;
import io.signals4j.it.library.LibrarySignals;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The promise that an application runs unchanged in a native image: neither the runtime nor any
 * generated class reflects, loads classes by name, uses method handles or scans the class path.
 * And no generated method is too large for the JIT to compile.
 */
class NativeImageReadinessTest {

  /** HotSpot does not JIT-compile methods with more bytecode than this (DontCompileHugeMethods). */
  private static final int HUGE_METHOD_BYTES = 8000;

  @Test
  void runtimeJarUsesNoReflection() throws Exception {
    List<Bytecode.ClassBytes> runtime = Bytecode.classFiles(locationOf(Signals.class));
    assertTrue(runtime.size() > 10, "read the runtime's classes");
    List<String> uses = forbiddenUses(runtime);
    // The one exception: opt-in discovery uses ServiceLoader, which native-image resolves at build
    // time, and which nothing on the send path calls.
    List<String> discovery = uses.stream()
        .filter(use -> use.equals("io.signals4j.RegistryDiscovery.registries: uses java.util.ServiceLoader"))
        .toList();
    assertFalse(discovery.isEmpty(), "the checker sees discovery's ServiceLoader");
    List<String> others = new ArrayList<>(uses);
    others.removeAll(discovery);
    assertEquals(List.of(), others);
  }

  @Test
  void generatedClassesUseNoReflection() throws Exception {
    List<Bytecode.ClassBytes> generated = generatedClasses();
    assertFalse(generated.isEmpty());
    assertEquals(List.of(), forbiddenUses(generated));
  }

  @Test
  void checkerCatchesReflection() throws Exception {
    // The checks above prove something only if the checker sees reflection where there is some.
    List<Bytecode.ClassBytes> self = Bytecode.classFiles(locationOf(NativeImageReadinessTest.class))
        .stream()
        .filter(file -> file.name().endsWith("Reflective.class"))
        .toList();
    assertEquals(1, self.size());
    List<String> uses = Bytecode.forbiddenUses(self.get(0).bytes());
    assertTrue(uses.stream().anyMatch(use -> use.contains("calls java.lang.Class.forName")), uses::toString);
    assertTrue(uses.stream().anyMatch(use -> use.contains("java.lang.reflect.Method")), uses::toString);
    assertTrue(uses.stream().anyMatch(use -> use.contains("java.util.ServiceLoader")), uses::toString);
    assertTrue(uses.stream().anyMatch(use -> use.contains("java.lang.invoke.MethodHandles")), uses::toString);
    assertTrue(uses.stream().anyMatch(use -> use.contains("getResources")), uses::toString);
  }

  @Test
  void generatedMethodsStayBelowTheJitLimit() throws Exception {
    List<String> huge = new ArrayList<>();
    int largest = 0;
    for (Bytecode.ClassBytes file : generatedClasses()) {
      for (ClassFile.MethodSize size : ClassFile.read(file.bytes()).methods()) {
        largest = Math.max(largest, size.bytes());
        if (size.bytes() > HUGE_METHOD_BYTES) {
          huge.add(size.method() + ": " + size.bytes() + " bytes");
        }
      }
    }
    assertEquals(List.of(), huge);
    assertTrue(largest > 0, "measured some methods");
  }

  private static List<String> forbiddenUses(List<Bytecode.ClassBytes> classes) {
    List<String> uses = new ArrayList<>();
    for (Bytecode.ClassBytes file : classes) {
      uses.addAll(Bytecode.forbiddenUses(file.bytes()));
    }
    return uses;
  }

  /** The class files of every class the processor generated in the library and in this app. */
  private static List<Bytecode.ClassBytes> generatedClasses() throws IOException, URISyntaxException {
    Set<String> generatedTopLevel = new TreeSet<>();
    generatedTopLevel.addAll(generatedSources("signals4j.generated.app"));
    generatedTopLevel.addAll(generatedSources("signals4j.generated.library"));
    assertTrue(generatedTopLevel.contains("io/signals4j/it/app/AppSignals"), generatedTopLevel::toString);
    assertTrue(generatedTopLevel.contains("io/signals4j/it/library/LibrarySignals"), generatedTopLevel::toString);

    List<Bytecode.ClassBytes> classes = new ArrayList<>();
    for (Path location : List.of(locationOf(AppSignals.class), locationOf(LibrarySignals.class))) {
      for (Bytecode.ClassBytes file : Bytecode.classFiles(location)) {
        String name = file.name().substring(0, file.name().length() - ".class".length());
        int nested = name.indexOf('$');
        if (generatedTopLevel.contains(nested < 0 ? name : name.substring(0, nested))) {
          classes.add(file);
        }
      }
    }
    return classes;
  }

  /** Internal names of the top-level classes whose sources the processor wrote. */
  private static Set<String> generatedSources(String property) throws IOException {
    Path root = Path.of(System.getProperty(property));
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .map(name -> name.substring(0, name.length() - ".java".length()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Path locationOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
