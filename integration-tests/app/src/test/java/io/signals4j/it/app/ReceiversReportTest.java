package io.signals4j.it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.ReceiverInfo;
import io.signals4j.Signals;
import io.signals4j.it.library.LibrarySignals;
import io.signals4j.it.library.Mailer;
import io.signals4j.internal.GeneratedRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The receivers report written at build time tells the truth: every receiver it lists is
 * connected at run time with the same signal, sender, order, uid and phase, nothing connected is
 * missing from it, and each source location points at the receiver's declaration.
 */
class ReceiversReportTest {

  private final Signals signals = Signals.builder()
      .install(LibrarySignals.REGISTRY, AppSignals.REGISTRY)
      .supply(Mailer.class, new Mailer("x"))
      .ready();

  @ParameterizedTest
  @CsvSource({"io.signals4j.it.library.LibrarySignals, library", "io.signals4j.it.app.AppSignals, app"})
  void reportListsExactlyTheReceiversTheRegistryConnects(String registry, String module)
      throws Exception {
    JsonNode report = read("META-INF/signals4j/" + registry + ".json");
    assertEquals(registry, report.get("registry").asString());

    List<String> reported = new ArrayList<>();
    for (JsonNode receiver : report.get("receivers")) {
      Class<?> signal = Class.forName(receiver.get("signal").asString());
      String sender = receiver.get("sender").isNull() ? null : receiver.get("sender").asString();
      String uid = receiver.get("dispatchUid").isNull() ? null : receiver.get("dispatchUid").asString();
      reported.add(describe(
          receiver.get("name").asString(),
          signal.getName(),
          sender,
          receiver.get("includeSubclasses").asBoolean(),
          receiver.get("order").asInt(),
          uid,
          receiver.get("phase").asString()));
      assertPointsAtDeclaration(module, receiver);
    }

    List<String> connected = new ArrayList<>();
    for (Class<?> signal : registryOf(registry).signalTypes()) {
      for (ReceiverInfo info : signals.signal(signal).receivers()) {
        if (info.origin().equals(registry)) {
          connected.add(describe(
              info.name(),
              signal.getName(),
              info.sender() == null ? null : info.sender().getName(),
              info.includeSubclasses(),
              info.order(),
              info.dispatchUid(),
              info.phase().name()));
        }
      }
    }
    assertEquals(sorted(reported), sorted(connected));
  }

  @ParameterizedTest
  @CsvSource({"io.signals4j.it.library.LibrarySignals", "io.signals4j.it.app.AppSignals"})
  void readableReportNamesEveryReceiver(String registry) throws Exception {
    String text;
    try (InputStream in = resource("META-INF/signals4j/" + registry + ".txt")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    for (JsonNode receiver : read("META-INF/signals4j/" + registry + ".json").get("receivers")) {
      assertTrue(text.contains(receiver.get("name").asString()), receiver.get("name").asString());
    }
  }

  /** The file and line of a receiver lead to its {@code @Receiver} annotation and its method. */
  private static void assertPointsAtDeclaration(String module, JsonNode receiver) throws IOException {
    Path file = Path.of(System.getProperty("signals4j.sources." + module))
        .resolve(receiver.get("file").asString());
    List<String> lines = Files.readAllLines(file);
    int line = receiver.get("line").asInt();
    String method = receiver.get("method").asString();
    String methodName = method.substring(0, method.indexOf('('));
    assertTrue(lines.get(line - 1).trim().startsWith("@Receiver"), file + ":" + line);
    assertTrue(
        lines.subList(line - 1, Math.min(lines.size(), line + 4)).stream()
            .anyMatch(text -> text.contains(" " + methodName + "(")),
        file + ":" + line + " is not followed by the declaration of " + methodName);
  }

  /** The registry as the runtime sees it: the report is checked against what it dispatches. */
  private static GeneratedRegistry registryOf(String name) {
    return (GeneratedRegistry)
        (name.equals(AppSignals.REGISTRY.name()) ? AppSignals.REGISTRY : LibrarySignals.REGISTRY);
  }

  private static String describe(String name, String signal, String sender, boolean subclasses,
      int order, String uid, String phase) {
    return name + " | " + signal + " | " + sender + " | " + subclasses + " | " + order + " | " + uid
        + " | " + phase;
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().collect(Collectors.toList());
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = resource(resource)) {
      return JsonMapper.builder().build().readTree(in);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = ReceiversReportTest.class.getClassLoader().getResourceAsStream(name);
    assertNotNull(in, name);
    return in;
  }
}
