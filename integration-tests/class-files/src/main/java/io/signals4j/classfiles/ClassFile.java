package io.signals4j.classfiles;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the bounds on generated code are about, read from a class file: its constant-pool size and
 * the length of every method's bytecode. The class-file format (JVMS chapter 4) makes it a short
 * walk, and bytecode libraries do not expose a method's code length.
 *
 * @param name the class's binary name
 * @param constantPoolCount how many constant-pool entries it uses, of at most 65,535
 * @param methods every method with code, in declaration order
 */
public record ClassFile(String name, int constantPoolCount, List<MethodSize> methods) {

  /**
   * The bytecode size of one method.
   *
   * @param method {@code Class.name(descriptor)}
   * @param bytes the length of its code
   */
  public record MethodSize(String method, int bytes) {}

  /** Reads a class file. */
  public static ClassFile read(byte[] classFile) {
    ByteBuffer in = ByteBuffer.wrap(classFile);
    if (in.getInt() != 0xCAFEBABE) {
      throw new IllegalArgumentException("not a class file");
    }
    in.getShort(); // minor version
    in.getShort(); // major version
    int constantPoolCount = Short.toUnsignedInt(in.getShort());
    String[] utf8 = new String[constantPoolCount];
    int[] classNameIndex = new int[constantPoolCount];
    for (int i = 1; i < constantPoolCount; i++) {
      int tag = Byte.toUnsignedInt(in.get());
      switch (tag) {
        case 1 -> {
          byte[] bytes = new byte[Short.toUnsignedInt(in.getShort())];
          in.get(bytes);
          utf8[i] = new String(bytes, StandardCharsets.UTF_8);
        }
        case 7 -> classNameIndex[i] = Short.toUnsignedInt(in.getShort());
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
    String name = utf8[classNameIndex[Short.toUnsignedInt(in.getShort())]].replace('/', '.');
    in.getShort(); // super class
    skip(in, Short.toUnsignedInt(in.getShort()) * 2); // interfaces
    int fields = Short.toUnsignedInt(in.getShort());
    for (int i = 0; i < fields; i++) {
      skip(in, 6); // access flags, name, descriptor
      int attributes = Short.toUnsignedInt(in.getShort());
      for (int a = 0; a < attributes; a++) {
        in.getShort();
        skip(in, in.getInt());
      }
    }
    List<MethodSize> methods = new ArrayList<>();
    int methodCount = Short.toUnsignedInt(in.getShort());
    for (int i = 0; i < methodCount; i++) {
      in.getShort(); // access flags
      String method = utf8[Short.toUnsignedInt(in.getShort())];
      String descriptor = utf8[Short.toUnsignedInt(in.getShort())];
      int attributes = Short.toUnsignedInt(in.getShort());
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[Short.toUnsignedInt(in.getShort())];
        int length = in.getInt();
        int end = in.position() + length;
        if (attribute.equals("Code")) {
          in.getShort(); // max stack
          in.getShort(); // max locals
          methods.add(new MethodSize(name + "." + method + descriptor, in.getInt()));
        }
        in.position(end);
      }
    }
    return new ClassFile(name, constantPoolCount, List.copyOf(methods));
  }

  private static void skip(ByteBuffer in, int bytes) {
    in.position(in.position() + bytes);
  }
}
