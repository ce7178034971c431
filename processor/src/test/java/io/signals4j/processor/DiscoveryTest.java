package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;

import io.signals4j.SignalRegistry;
import io.signals4j.internal.RegistryReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ServiceLoader} finds a compiled registry on the class path through the services file the
 * processor writes, and a module's own entries in that file survive.
 */
class DiscoveryTest {

  private static final String SERVICES = "META-INF/services/io.signals4j.SignalRegistry";

  @Test
  void serviceLoaderFindsAReferenceToTheOneRegistry(@TempDir Path out) throws Exception {
    JavacRunner.compile(TestSources.sources("good/minimal"), out);
    assertThat(Files.readString(out.resolve(SERVICES))).isEqualTo("com.example.SignalsRegistry$Discovered\n");
    try (URLClassLoader loader = loader(out)) {
      List<SignalRegistry> found = ServiceLoader.load(SignalRegistry.class, loader).stream()
          .map(ServiceLoader.Provider::get)
          .toList();
      assertThat(found).hasSize(1);
      RegistryReference reference = (RegistryReference) found.get(0);
      Object registry = loader.loadClass("com.example.SignalsRegistry").getField("REGISTRY").get(null);
      assertThat(reference.registry()).isSameInstanceAs(registry);
      assertThat(reference.name()).isEqualTo("com.example.SignalsRegistry");
      Object provided = loader.loadClass("com.example.SignalsRegistry").getMethod("provider").invoke(null);
      assertThat(provided).isSameInstanceAs(registry);
    }
  }

  @Test
  void entriesAlreadyInTheServicesFileAreKeptAndStaleReferencesDropped(@TempDir Path out) throws Exception {
    Files.createDirectories(out.resolve(SERVICES).getParent());
    Files.writeString(
        out.resolve(SERVICES),
        "# providers of this module\ncom.example.HandWritten # by hand\ncom.example.Renamed$Discovered\n"
            + "com.example.SignalsRegistry$Discovered\n",
        StandardCharsets.UTF_8);
    JavacRunner.compile(TestSources.sources("good/minimal"), out);
    assertThat(Files.readString(out.resolve(SERVICES)))
        .isEqualTo(
            "# providers of this module\ncom.example.HandWritten # by hand\n"
                + "com.example.SignalsRegistry$Discovered\n");
  }

  private static URLClassLoader loader(Path out) throws Exception {
    return new URLClassLoader(new URL[] {out.toUri().toURL()}, DiscoveryTest.class.getClassLoader());
  }
}
