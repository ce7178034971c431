package io.signals4j.servlet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only {@code JettyCompletion} names Jetty: the classes every container loads refer to no Jetty
 * type in their constant pools, so loading and verifying them needs no Jetty.
 */
class JettyIsolationTest {

  private static final String JETTY = "org/eclipse/jetty/";

  @ParameterizedTest
  @ValueSource(strings = {"SignalsFilter", "InFlightRequest"})
  void portableClassesNameNoJettyType(String simpleName) throws IOException {
    assertFalse(classFile(simpleName).contains(JETTY), simpleName + " refers to Jetty");
  }

  @Test
  void jettyCompletionIsWhereJettyIsNamed() throws IOException {
    assertTrue(classFile("JettyCompletion").contains(JETTY));
  }

  /** The class file as ISO-8859-1 text, in which its constant pool's names read as they are. */
  private static String classFile(String simpleName) throws IOException {
    try (InputStream in = SignalsFilter.class.getResourceAsStream(simpleName + ".class")) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
