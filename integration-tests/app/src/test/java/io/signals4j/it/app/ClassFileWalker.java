package io.signals4j.it.app;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Walks the structure of a class file (JVMS chapter 4) far enough to find method code lengths. */
final class ClassFileWalker {

  private final ByteBuffer in;
  private final String[] utf8;
  private final int[] classNameIndex;
  private final int constantPoolCount;

  ClassFileWalker(byte[] classFile) {
    in = ByteBuffer.wrap(classFile);
    if (in.getInt() != 0xCAFEBABE) {
      throw new IllegalArgumentException("not a class file");
    }
    in.getShort(); // minor version
    in.getShort(); // major version
    constantPoolCount = Short.toUnsignedInt(in.getShort());
    utf8 = new String[constantPoolCount];
    classNameIndex = new int[constantPoolCount];
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
  }

  /** How many constant-pool entries the class uses, of at most 65,535. */
  int constantPoolCount() {
    return constantPoolCount;
  }

  List<Bytecode.MethodSize> methodSizes() {
    in.getShort(); // access flags
    String className = utf8[classNameIndex[Short.toUnsignedInt(in.getShort())]];
    in.getShort(); // super class
    skip(in.getShort() * 2); // interfaces
    int fields = Short.toUnsignedInt(in.getShort());
    for (int i = 0; i < fields; i++) {
      in.getShort();
      in.getShort();
      in.getShort();
      skipAttributes();
    }
    List<Bytecode.MethodSize> sizes = new ArrayList<>();
    int methods = Short.toUnsignedInt(in.getShort());
    for (int i = 0; i < methods; i++) {
      in.getShort(); // access flags
      String name = utf8[Short.toUnsignedInt(in.getShort())];
      String descriptor = utf8[Short.toUnsignedInt(in.getShort())];
      int attributes = Short.toUnsignedInt(in.getShort());
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[Short.toUnsignedInt(in.getShort())];
        int length = in.getInt();
        int end = in.position() + length;
        if (attribute.equals("Code")) {
          in.getShort(); // max stack
          in.getShort(); // max locals
          sizes.add(new Bytecode.MethodSize(
              className.replace('/', '.') + "." + name + descriptor, in.getInt()));
        }
        in.position(end);
      }
    }
    return sizes;
  }

  private void skipAttributes() {
    int attributes = Short.toUnsignedInt(in.getShort());
    for (int a = 0; a < attributes; a++) {
      in.getShort();
      skip(in.getInt());
    }
  }

  private void skip(int bytes) {
    in.position(in.position() + bytes);
  }
}
