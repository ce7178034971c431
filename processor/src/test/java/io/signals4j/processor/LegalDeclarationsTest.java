package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.signals4j.ReceiverInfo;
import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.InstanceSource;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every legal declaration gives generated code that compiles without a warning under {@code
 * -Xlint:all -Werror}: each test is a shape that once broke the generated code.
 */
class LegalDeclarationsTest {

  @Test
  void classesNamedLikeTheTypesGeneratedCodeUsesDoNotShadowThem() {
    Compilation compilation = TestSources.compile(TestSources.sources("good/shadowing"));
    assertThat(compilation).succeededWithoutWarnings();
    String registry = TestSources.generated(compilation, "com/example/SignalsRegistry.java");
    assertThat(registry).contains("@java.lang.Override");
    assertThat(registry).contains("extends io.signals4j.internal.AbstractGeneratedRegistry");
    // A signal named like a nested class of the registry.
    assertThat(registry).contains("com.example.Routes0.class");
  }

  @Test
  void instanceReceiversOfGenericClassesAreCalledWithoutRawTypes() {
    Compilation compilation =
        compileWithSupport(
            source(
                "com.example.Box",
                "package com.example;",
                "import io.signals4j.Receiver;",
                "public final class Box<T extends Number> {",
                "  @Receiver(signal = Notification.class)",
                "  public String on(Notification n) { return n.email(); }",
                "}"),
            source(
                "com.example.Holder",
                "package com.example;",
                "import io.signals4j.Receiver;",
                "import io.signals4j.Supplied;",
                "@Supplied",
                "public class Holder<K, V> {",
                "  @Receiver(signal = Notification.class)",
                "  public void on(Notification n) {}",
                "  @Supplied",
                "  public final class Inner {",
                "    @Receiver(signal = Notification.class)",
                "    public void onInner(Notification n) {}",
                "  }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String registry = TestSources.generated(compilation, "com/example/SignalsRegistry.java");
    assertThat(registry).contains("new Box<>()");
    assertThat(registry).contains("((Box<?>) instances[");
    assertThat(registry).contains("((Holder<?, ?>) instances[");
    assertThat(registry).contains("((Holder<?, ?>.Inner) instances[");
  }

  @Test
  void payloadParameterOfTypeObjectIsPassedWithoutACast() {
    Compilation compilation =
        compileWithSupport(
            source(
                "com.example.Everything",
                "package com.example;",
                "import io.signals4j.Receiver;",
                "final class Everything {",
                "  @Receiver(signal = Notification.class)",
                "  static void on(Object payload) {}",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(TestSources.generated(compilation, "com/example/SignalsRegistry.java"))
        .contains("Everything.on(payload)");
  }

  @Test
  void superWildcardPayloadOfTheSenderIsAccepted() {
    assertThat(
            compileWithSupport(
                source(
                    "com.example.Supers",
                    "package com.example;",
                    "import io.signals4j.Receiver;",
                    "final class Supers {",
                    "  @Receiver(signal = PostSave.class, sender = User.class)",
                    "  static void on(PostSave<? super User> event) {}",
                    "}")))
        .succeededWithoutWarnings();
  }

  @Test
  void genericSenderNamedWithWildcardsAsTheMessagesAdviseIsAccepted() {
    assertThat(
            compileWithSupport(
                source(
                    "com.example.Tagged",
                    "package com.example;",
                    "import io.signals4j.Receiver;",
                    "public class Tagged<T> extends Model {",
                    "  @Receiver(signal = PostSave.class, sender = Tagged.class)",
                    "  static void exact(PostSave<Tagged<?>> event, Class<? extends Tagged<?>> sender) {}",
                    "  @Receiver(signal = PostSave.class, sender = Tagged.class, includeSubclasses = true)",
                    "  static void subclasses(PostSave<? extends Tagged<?>> event) {}",
                    "}")))
        .succeededWithoutWarnings();
  }

  @Test
  void suppliedInterfacesAndAbstractClassesAreCalledOnTheSuppliedInstance() {
    assertThat(
            compileWithSupport(
                source(
                    "com.example.Sink",
                    "package com.example;",
                    "import io.signals4j.Receiver;",
                    "import io.signals4j.Supplied;",
                    "@Supplied",
                    "public interface Sink {",
                    "  @Receiver(signal = Notification.class)",
                    "  void on(Notification n);",
                    "}"),
                source(
                    "com.example.Base",
                    "package com.example;",
                    "import io.signals4j.Receiver;",
                    "import io.signals4j.Supplied;",
                    "@Supplied",
                    "public abstract class Base {",
                    "  @Receiver(signal = Notification.class)",
                    "  public abstract void on(Notification n);",
                    "}")))
        .succeededWithoutWarnings();
  }

  @Test
  void receiverThrowingAThrowableHasItCarriedInAnException(@TempDir Path out) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
    sources.add(
        source(
            "com.example.Thrower",
            "package com.example;",
            "import io.signals4j.Receiver;",
            "public final class Thrower {",
            "  @Receiver(signal = Notification.class)",
            "  public static void on(Notification n) throws Throwable {",
            "    throw new Throwable(n.email());",
            "  }",
            "}"));
    JavacRunner.compile(sources, out);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      GeneratedRegistry registry =
          (GeneratedRegistry) loader.loadClass("com.example.SignalsRegistry").getField("REGISTRY").get(null);
      Object notification =
          loader.loadClass("com.example.Notification").getConstructor(String.class).newInstance("x@example.com");
      Object[] instances = registry.createInstances(new NoInstances());
      assertThat(registry.firesRoute(registry.route(0, null))).isFalse();
      Exception thrown =
          assertThrows(Exception.class, () -> registry.invoke(0, instances, null, notification));
      assertThat(thrown).hasCauseThat().hasMessageThat().isEqualTo("x@example.com");
      assertThat(thrown.getCause().getClass()).isEqualTo(Throwable.class);
    }
  }

  @Test
  void namesAndDispatchUidsOfAnyCharactersAreDescribedAsDeclared(@TempDir Path out) throws Exception {
    String uid = "a \\\"quoted\\\" uid 12:x - 0\\nwith a line break, a tab\\t, a backslash \\\\ and \\uD83D\\uDE00";
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
    sources.add(
        source(
            "com.example.Unusual",
            "package com.example;",
            "import io.signals4j.Receiver;",
            "public final class Unusual {",
            "  @Receiver(signal = Notification.class, dispatchUid = \"" + uid + "\")",
            "  public static void on\u00c9v\u00e9nement(Notification n) {}",
            "}"));
    JavacRunner.compile(sources, out);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      GeneratedRegistry registry =
          (GeneratedRegistry) loader.loadClass("com.example.SignalsRegistry").getField("REGISTRY").get(null);
      ReceiverInfo info = registry.describe(0);
      assertThat(info.name()).isEqualTo("Unusual.on\u00c9v\u00e9nement(Notification)");
      assertThat(info.dispatchUid())
          .isEqualTo("a \"quoted\" uid 12:x - 0\nwith a line break, a tab\t, a backslash \\ and \uD83D\uDE00");
      assertThat(info.signal()).isEqualTo(loader.loadClass("com.example.Notification"));
    }
  }

  private static final class NoInstances implements InstanceSource {
    @Override
    public <T> T require(Class<T> type, String neededBy) {
      throw new IllegalStateException(neededBy);
    }
  }

  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

  static Compilation compileWithSupport(JavaFileObject... extra) {
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
    sources.addAll(List.of(extra));
    return TestSources.compile(sources);
  }
}
