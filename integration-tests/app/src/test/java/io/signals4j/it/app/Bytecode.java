package io.signals4j.it.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads class files and reports what a native image could not run without configuration:
 * reflection, method handles, service loading, loading classes by name and class-path resource
 * scanning.
 */
final class Bytecode {

  /** Types whose mere use is forbidden. */
  private static final List<String> FORBIDDEN_TYPE_PREFIXES = List.of(
      "java/lang/reflect/",
      "java/lang/invoke/MethodHandle",
      "java/lang/invoke/MethodHandles",
      "java/lang/invoke/VarHandle",
      "java/util/ServiceLoader",
      "java/net/URLClassLoader");

  /** Methods of otherwise harmless types that reflect, load by name or scan resources. */
  private static final Set<String> FORBIDDEN_METHODS = Set.of(
      "java/lang/Class.forName",
      "java/lang/Class.getMethod",
      "java/lang/Class.getMethods",
      "java/lang/Class.getDeclaredMethod",
      "java/lang/Class.getDeclaredMethods",
      "java/lang/Class.getField",
      "java/lang/Class.getFields",
      "java/lang/Class.getDeclaredField",
      "java/lang/Class.getDeclaredFields",
      "java/lang/Class.getConstructor",
      "java/lang/Class.getConstructors",
      "java/lang/Class.getDeclaredConstructor",
      "java/lang/Class.getDeclaredConstructors",
      "java/lang/Class.getRecordComponents",
      "java/lang/Class.newInstance",
      "java/lang/Class.getResource",
      "java/lang/Class.getResourceAsStream",
      "java/lang/ClassLoader.loadClass",
      "java/lang/ClassLoader.getResource",
      "java/lang/ClassLoader.getResources",
      "java/lang/ClassLoader.getResourceAsStream",
      "java/lang/ClassLoader.getSystemResource",
      "java/lang/ClassLoader.getSystemResources",
      "java/lang/ClassLoader.getSystemResourceAsStream");

  /**
   * Bootstrap methods that javac itself emits for lambdas, string concatenation and records. They
   * are language features that native images support without configuration, not reflection that
   * the code asked for.
   */
  private static final Set<String> LANGUAGE_BOOTSTRAPS = Set.of(
      "java/lang/invoke/LambdaMetafactory",
      "java/lang/invoke/StringConcatFactory",
      "java/lang/runtime/ObjectMethods");

  private Bytecode() {}

  /** Every forbidden use in one class file, as "Class.method: what". */
  static List<String> forbiddenUses(byte[] classFile) {
    List<String> uses = new ArrayList<>();
    new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
      String className;

      @Override
      public void visit(int version, int access, String name, String signature, String superName,
          String[] interfaces) {
        className = name;
        checkType(superName, name + " extends");
        for (String implemented : interfaces) {
          checkType(implemented, name + " implements");
        }
      }

      @Override
      public MethodVisitor visitMethod(int access, String method, String descriptor,
          String signature, String[] exceptions) {
        String where = className.replace('/', '.') + "." + method;
        checkDescriptor(descriptor, where);
        return new MethodVisitor(Opcodes.ASM9) {
          @Override
          public void visitMethodInsn(int opcode, String owner, String name, String desc,
              boolean isInterface) {
            checkType(owner, where);
            checkDescriptor(desc, where);
            if (FORBIDDEN_METHODS.contains(owner + "." + name)) {
              uses.add(where + ": calls " + owner.replace('/', '.') + "." + name);
            }
          }

          @Override
          public void visitFieldInsn(int opcode, String owner, String name, String desc) {
            checkType(owner, where);
            checkDescriptor(desc, where);
          }

          @Override
          public void visitTypeInsn(int opcode, String type) {
            checkType(type, where);
          }

          @Override
          public void visitLdcInsn(Object value) {
            if (value instanceof Type type && type.getSort() == Type.OBJECT) {
              checkType(type.getInternalName(), where);
            } else if (value instanceof Handle handle) {
              uses.add(where + ": loads a method handle to " + handle.getOwner() + "."
                  + handle.getName());
            }
          }

          @Override
          public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap,
              Object... arguments) {
            if (!LANGUAGE_BOOTSTRAPS.contains(bootstrap.getOwner())) {
              uses.add(where + ": invokedynamic through " + bootstrap.getOwner());
            }
          }
        };
      }

      private void checkDescriptor(String descriptor, String where) {
        Type method = Type.getType(descriptor);
        List<Type> types = new ArrayList<>();
        if (method.getSort() == Type.METHOD) {
          types.add(method.getReturnType());
          types.addAll(List.of(method.getArgumentTypes()));
        } else {
          types.add(method);
        }
        for (Type type : types) {
          Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
          if (element.getSort() == Type.OBJECT) {
            checkType(element.getInternalName(), where);
          }
        }
      }

      private void checkType(String internalName, String where) {
        if (internalName == null) {
          return;
        }
        String type = internalName.startsWith("[")
            ? Type.getType(internalName).getElementType().getInternalName()
            : internalName;
        for (String prefix : FORBIDDEN_TYPE_PREFIXES) {
          if (type.startsWith(prefix)) {
            uses.add(where + ": uses " + type.replace('/', '.'));
            return;
          }
        }
      }
    }, ClassReader.SKIP_DEBUG);
    return uses;
  }

  /** The class files of a jar or a class directory, keyed by entry name. */
  static List<ClassBytes> classFiles(Path jarOrDirectory) {
    List<ClassBytes> classes = new ArrayList<>();
    try {
      if (Files.isDirectory(jarOrDirectory)) {
        try (Stream<Path> files = Files.walk(jarOrDirectory)) {
          for (Path file : (Iterable<Path>) files::iterator) {
            if (file.toString().endsWith(".class")) {
              classes.add(new ClassBytes(
                  jarOrDirectory.relativize(file).toString().replace('\\', '/'),
                  Files.readAllBytes(file)));
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(jarOrDirectory.toFile())) {
          for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
            if (entry.getName().endsWith(".class")) {
              try (InputStream in = jar.getInputStream(entry)) {
                classes.add(new ClassBytes(entry.getName(), in.readAllBytes()));
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classes;
  }

  /** The bytes of one class file and its entry name. */
  record ClassBytes(String name, byte[] bytes) {}
}
