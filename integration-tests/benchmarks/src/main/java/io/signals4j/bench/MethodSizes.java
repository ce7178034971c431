package io.signals4j.bench;

import io.signals4j.classfiles.ClassFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the largest method, in bytes of bytecode, among the classes the processor generated. */
final class MethodSizes {

  /** A method and the size of its code. */
  record Largest(String method, int bytes) {}

  private MethodSizes() {}

  /** Looks at the registry classes and the dispatchers the processor wrote under {@code classes}. */
  static Largest largestGenerated(Path classes) throws IOException {
    Largest largest = new Largest("none", 0);
    List<Path> generated;
    try (Stream<Path> paths = Files.walk(classes)) {
      generated = paths.filter(MethodSizes::isGenerated).toList();
    }
    for (Path file : generated) {
      Largest candidate = largestIn(Files.readAllBytes(file));
      if (candidate.bytes() > largest.bytes()) {
        largest = candidate;
      }
    }
    return largest;
  }

  private static boolean isGenerated(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".class")
        && (name.startsWith("BuildSignals") || name.startsWith("SignalsDispatcher_"));
  }

  /** The largest method of one class file. */
  static Largest largestIn(byte[] classFile) {
    ClassFile file = ClassFile.read(classFile);
    Largest largest = new Largest(file.name(), 0);
    for (ClassFile.MethodSize method : file.methods()) {
      if (method.bytes() > largest.bytes()) {
        String name = method.method();
        largest = new Largest(name.substring(0, name.indexOf('(')), method.bytes());
      }
    }
    return largest;
  }
}
