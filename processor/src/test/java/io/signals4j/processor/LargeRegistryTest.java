package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.signals4j.internal.GeneratedRegistry;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 receivers (100 classes of 100, over 4 signals and 5 senders plus any sender): every
 * generated method stays below {@link Limits#HUGE_METHOD_BYTES}, every constant pool far below
 * {@link Limits#MAX_CONSTANT_POOL_ENTRIES}, and nothing reflective is referenced.
 */
class LargeRegistryTest {

  private static final int CLASSES = 100;
  private static final int PER_CLASS = 100;

  @Test
  void tenThousandReceiversStayWithinTheLimits(@TempDir Path out) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      sources.add(JavaFileObjects.forSourceString("big.Signal" + s, "package big; public record Signal" + s + "(int value) {}"));
    }
    for (int s = 0; s < 5; s++) {
      sources.add(JavaFileObjects.forSourceString("big.Sender" + s, "package big; public class Sender" + s + " {}"));
    }
    for (int c = 0; c < CLASSES; c++) {
      StringBuilder source = new StringBuilder("package big;\nimport io.signals4j.Receiver;\npublic final class Receivers" + c + " {\n");
      for (int m = 0; m < PER_CLASS; m++) {
        int k = c * PER_CLASS + m;
        int sender = (k / 4) % 6;
        source.append("  @Receiver(signal = Signal").append(k % 4).append(".class")
            .append(sender == 5 ? "" : ", sender = Sender" + sender + ".class")
            .append(", order = ").append(m % 7).append(")\n")
            .append("  public ").append(c % 2 == 0 ? "static " : "").append("int on").append(m)
            .append("(Signal").append(k % 4).append(" signal) { return ").append(k).append("; }\n");
      }
      sources.add(JavaFileObjects.forSourceString("big.Receivers" + c, source.append("}\n").toString()));
    }
    JavacRunner.compile(sources, out, "-A" + SignalsProcessor.REGISTRY_OPTION + "=big.BigSignals");

    List<Path> generated;
    try (Stream<Path> files = Files.list(out.resolve("big"))) {
      generated = files.filter(f -> f.getFileName().toString().startsWith("BigSignals") && f.toString().endsWith(".class"))
          .sorted().collect(Collectors.toList());
    }
    assertThat(generated.size()).isGreaterThan(5); // the registry and its chunk classes
    for (Path file : generated) {
      ClassFile classFile = ClassFile.read(Files.readAllBytes(file));
      assertWithMessage("constant pool of %s", file.getFileName())
          .that(classFile.constantPoolCount).isLessThan(Limits.MAX_CONSTANT_POOL_ENTRIES / 4);
      classFile.codeLengths.forEach(
          (method, length) ->
              assertWithMessage("bytecode of %s.%s", file.getFileName(), method)
                  .that(length).isAtMost(Limits.HUGE_METHOD_BYTES));
      for (String utf8 : classFile.utf8) {
        assertWithMessage("%s references %s", file.getFileName(), utf8).that(utf8)
            .doesNotContainMatch("java/lang/reflect|java/lang/invoke/MethodHandle|ServiceLoader|forName");
      }
    }

    try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      GeneratedRegistry registry = (GeneratedRegistry) loader.loadClass("big.BigSignals").getField("REGISTRY").get(null);
      Object[] instances = registry.createInstances(null);
      assertThat(instances).hasLength(CLASSES / 2);
      int total = 0;
      for (int signal = 0; signal < 4; signal++) {
        Class<?> type = loader.loadClass("big.Signal" + signal);
        int id = registry.signalId(type);
        int[] any = registry.receivers(registry.route(id, null));
        int[] fromSender0 = registry.receivers(registry.route(id, loader.loadClass("big.Sender0")));
        assertThat(fromSender0.length).isGreaterThan(any.length);
        for (int i = 1; i < fromSender0.length; i++) {
          assertThat(fromSender0[i]).isGreaterThan(fromSender0[i - 1]);
        }
        int route = registry.route(id, loader.loadClass("big.Sender0"));
        // Hundreds of receivers, within the module's budget of calls: fired through chunks.
        assertThat(fromSender0.length).isGreaterThan(Limits.MAX_ROUTE_METHOD_RECEIVERS);
        assertThat(registry.firesRoute(route)).isTrue();
        registry.fire(route, instances, null, type.getConstructor(int.class).newInstance(0));
        Object payload = type.getConstructor(int.class).newInstance(0);
        for (int receiver : fromSender0) {
          assertThat(registry.describe(receiver).signal()).isEqualTo(type);
          registry.invoke(receiver, instances, null, payload);
          total++;
        }
      }
      assertThat(total).isGreaterThan(0);
      assertThat(registry.describe(9_999).name()).startsWith("Receivers");
    }
  }

  @Test
  void typesPastOneSwitchAreFoundThroughBucketsOfNames(@TempDir Path out) throws Exception {
    int signals = 150;
    List<JavaFileObject> sources = new ArrayList<>();
    StringBuilder receivers = new StringBuilder("package many;\nimport io.signals4j.Receiver;\npublic final class Receivers {\n");
    for (int s = 0; s < signals; s++) {
      sources.add(JavaFileObjects.forSourceString("many.Signal" + s, "package many; public record Signal" + s + "() {}"));
      sources.add(JavaFileObjects.forSourceString("many.Sender" + s, "package many; public class Sender" + s + " {}"));
      receivers.append("  @Receiver(signal = Signal").append(s).append(".class, sender = Sender").append(s).append(".class)\n")
          .append("  public static void on").append(s).append("(Signal").append(s).append(" signal) {}\n");
    }
    sources.add(JavaFileObjects.forSourceString("many.Receivers", receivers.append("}\n").toString()));
    JavacRunner.compile(sources, out, "-A" + SignalsProcessor.REGISTRY_OPTION + "=many.ManySignals");

    try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      GeneratedRegistry registry = (GeneratedRegistry) loader.loadClass("many.ManySignals").getField("REGISTRY").get(null);
      assertThat(loader.loadClass("many.ManySignals$TypeIds0").getName()).isEqualTo("many.ManySignals$TypeIds0");
      for (int s = 0; s < signals; s++) {
        int id = registry.signalId(loader.loadClass("many.Signal" + s));
        assertThat(registry.signalTypes()[id]).isEqualTo(loader.loadClass("many.Signal" + s));
        Class<?> sender = loader.loadClass("many.Sender" + s);
        assertThat(registry.signalId(sender)).isEqualTo(GeneratedRegistry.NO_SIGNAL);
        int[] heard = registry.receivers(registry.route(id, sender));
        assertThat(heard).hasLength(1);
        assertThat(registry.describe(heard[0]).sender()).isEqualTo(sender);
        assertThat(registry.receivers(registry.route(id, null))).isEmpty();
      }
    }
  }

  /** Just enough of the class-file format (JVMS 4) to count constants and measure code. */
  private static final class ClassFile {
    int constantPoolCount;
    final List<String> utf8 = new ArrayList<>();
    final java.util.Map<String, Integer> codeLengths = new java.util.LinkedHashMap<>();

    static ClassFile read(byte[] bytes) throws IOException {
      ClassFile file = new ClassFile();
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      in.readInt();
      in.readUnsignedShort();
      in.readUnsignedShort();
      file.constantPoolCount = in.readUnsignedShort();
      String[] strings = new String[file.constantPoolCount];
      for (int i = 1; i < file.constantPoolCount; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> {
            strings[i] = in.readUTF();
            file.utf8.add(strings[i]);
          }
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++;
          }
          case 7, 8, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          default -> throw new IOException("constant tag " + tag);
        }
      }
      in.skipBytes(6);
      in.skipBytes(2 * in.readUnsignedShort());
      int fields = in.readUnsignedShort();
      for (int f = 0; f < fields; f++) {
        in.skipBytes(6);
        skipAttributes(in);
      }
      int methods = in.readUnsignedShort();
      for (int m = 0; m < methods; m++) {
        in.skipBytes(2);
        String name = strings[in.readUnsignedShort()] + strings[in.readUnsignedShort()];
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          String attribute = strings[in.readUnsignedShort()];
          int length = in.readInt();
          if (attribute.equals("Code")) {
            in.skipBytes(4);
            int code = in.readInt();
            file.codeLengths.put(name, code);
            in.skipBytes(length - 8);
          } else {
            in.skipBytes(length);
          }
        }
      }
      return file;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        in.skipBytes(2);
        in.skipBytes(in.readInt());
      }
    }
  }
}
