package io.signals4j.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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

  /** Walks a class file (JVMS chapter 4) as far as the methods' Code attributes. */
  static Largest largestIn(byte[] classFile) {
    ByteBuffer in = ByteBuffer.wrap(classFile);
    in.position(8); // magic, minor and major version
    int constants = Short.toUnsignedInt(in.getShort());
    String[] utf8 = new String[constants];
    int[] classNames = new int[constants];
    for (int i = 1; i < constants; i++) {
      int tag = Byte.toUnsignedInt(in.get());
      switch (tag) {
        case 1 -> {
          byte[] bytes = new byte[Short.toUnsignedInt(in.getShort())];
          in.get(bytes);
          utf8[i] = new String(bytes, StandardCharsets.UTF_8);
        }
        case 7 -> classNames[i] = Short.toUnsignedInt(in.getShort());
        case 8, 16, 19, 20 -> in.getShort();
        case 15 -> {
          in.get();
          in.getShort();
        }
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.getInt();
        case 5, 6 -> {
          in.getLong();
          i++; // eight-byte constants take two slots
        }
        default -> throw new IllegalArgumentException("unknown constant tag " + tag);
      }
    }
    in.getShort(); // access flags
    String className = utf8[classNames[Short.toUnsignedInt(in.getShort())]].replace('/', '.');
    in.getShort(); // super class
    int interfaces = Short.toUnsignedInt(in.getShort());
    in.position(in.position() + 2 * interfaces);
    int fields = Short.toUnsignedInt(in.getShort());
    for (int i = 0; i < fields; i++) {
      in.position(in.position() + 6);
      skipAttributes(in);
    }
    Largest largest = new Largest(className, 0);
    int methods = Short.toUnsignedInt(in.getShort());
    for (int i = 0; i < methods; i++) {
      in.getShort(); // access flags
      String name = utf8[Short.toUnsignedInt(in.getShort())];
      in.getShort(); // descriptor
      int attributes = Short.toUnsignedInt(in.getShort());
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[Short.toUnsignedInt(in.getShort())];
        int length = in.getInt();
        int end = in.position() + length;
        if (attribute.equals("Code")) {
          in.getInt(); // max stack, max locals
          int bytes = in.getInt();
          if (bytes > largest.bytes()) {
            largest = new Largest(className + "." + name, bytes);
          }
        }
        in.position(end);
      }
    }
    return largest;
  }

  private static void skipAttributes(ByteBuffer in) {
    int attributes = Short.toUnsignedInt(in.getShort());
    for (int a = 0; a < attributes; a++) {
      in.getShort();
      int length = in.getInt();
      in.position(in.position() + length);
    }
  }
}
