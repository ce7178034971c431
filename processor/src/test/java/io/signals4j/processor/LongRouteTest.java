package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.JavaFileObjects;
import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.RouteFailure;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A route longer than one straight-line method holds ({@link Limits#MAX_ROUTE_METHOD_RECEIVERS})
 * is still fired by generated code, in chunks called in dispatch order, and a failure in any chunk
 * names the receiver that threw and stops the route there.
 */
class LongRouteTest {

  private static final int RECEIVERS = 2 * Limits.MAX_ROUTE_METHOD_RECEIVERS + 6;

  @TempDir static Path out;
  private static URLClassLoader loader;
  private static GeneratedRegistry registry;
  private static Object[] instances;
  private static int route;

  @BeforeAll
  static void compileAndLoad() throws Exception {
    StringBuilder receivers =
        new StringBuilder(
            "package longs;\nimport io.signals4j.Receiver;\npublic class Pongs {\n"
                + "  public static final java.util.List<Integer> CALLS = new java.util.ArrayList<>();\n");
    for (int k = 0; k < RECEIVERS; k++) {
      // Zero-padded names keep dispatch order (by method name) equal to k; a third are instance methods.
      receivers.append(String.format(
          "  @Receiver(signal = Ping.class, sender = Pinger.class)%n"
              + "  public %svoid on%03d(Ping ping) { CALLS.add(%d); if (ping.failAt() == %d) throw new IllegalStateException(); }%n",
          k % 3 == 0 ? "" : "static ", k, k, k));
    }
    JavacRunner.compile(
        List.of(
            JavaFileObjects.forSourceString("longs.Ping", "package longs; public record Ping(int failAt) {}"),
            JavaFileObjects.forSourceString("longs.Pinger", "package longs; public class Pinger {}"),
            JavaFileObjects.forSourceString("longs.Pongs", receivers.append("}\n").toString())),
        out,
        "-A" + SignalsProcessor.REGISTRY_OPTION + "=longs.LongSignals");
    loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, LongRouteTest.class.getClassLoader());
    registry = (GeneratedRegistry) loader.loadClass("longs.LongSignals").getField("REGISTRY").get(null);
    instances = registry.createInstances(null);
    route = registry.route(registry.signalId(loader.loadClass("longs.Ping")), loader.loadClass("longs.Pinger"));
  }

  @AfterAll
  static void close() throws Exception {
    loader.close();
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> calls() throws Exception {
    return (List<Integer>) loader.loadClass("longs.Pongs").getField("CALLS").get(null);
  }

  private static Object ping(int failAt) throws Exception {
    return loader.loadClass("longs.Ping").getConstructor(int.class).newInstance(failAt);
  }

  @Test
  void longRouteIsFiredByGeneratedCodeInDispatchOrder() throws Exception {
    assertThat(registry.receivers(route)).hasLength(RECEIVERS);
    assertThat(registry.firesRoute(route)).isTrue();
    calls().clear();
    registry.fire(route, instances, loader.loadClass("longs.Pinger"), ping(-1));
    assertThat(calls()).containsExactlyElementsIn(IntStream.range(0, RECEIVERS).boxed().toList()).inOrder();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, Limits.MAX_ROUTE_METHOD_RECEIVERS - 1, Limits.MAX_ROUTE_METHOD_RECEIVERS, RECEIVERS - 1})
  void failureInAnyChunkNamesItsReceiverAndStopsTheRoute(int failing) throws Exception {
    calls().clear();
    Object payload = ping(failing);
    RouteFailure failure =
        assertThrows(RouteFailure.class, () -> registry.fire(route, instances, null, payload));
    assertThat(failure.receiverId()).isEqualTo(failing);
    assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class);
    assertThat(calls()).containsExactlyElementsIn(IntStream.rangeClosed(0, failing).boxed().toList()).inOrder();
  }
}
