package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.signals4j.ReceiverInfo;
import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.InstanceSource;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles real receivers with the processor, loads the generated registry and calls it through
 * {@link GeneratedRegistry}. The test reaches the {@code REGISTRY} field and builds payloads by
 * reflection; the generated code itself uses none.
 */
class RegistryBehaviourTest {

  @TempDir static Path out;
  private static URLClassLoader loader;
  private static GeneratedRegistry registry;

  // Ids: signals in name order (Notification, PostSave); receivers by signal, order, class, method.
  private static final int COUNTER_COUNT = 0;
  private static final int MAILER_SEND = 1;
  private static final int AUDIT = 2;
  private static final int CREATE_BILLING_PROFILE = 3;
  private static final int LOG = 4;
  private static final int TOTALS_ORDER = 5;
  private static final int TOTALS_USER = 6;

  @BeforeAll
  static void compileAndLoad() throws Exception {
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("good/senders"));
    sources.addAll(TestSources.sources("good/instances"));
    JavacRunner.compile(sources, out);
    loader = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()}, RegistryBehaviourTest.class.getClassLoader());
    registry = (GeneratedRegistry) loader.loadClass("com.example.SignalsRegistry").getField("REGISTRY").get(null);
  }

  private static Class<?> type(String name) throws ClassNotFoundException {
    return loader.loadClass("com.example." + name);
  }

  @Test
  void namesItself() {
    assertThat(registry.name()).isEqualTo("com.example.SignalsRegistry");
  }

  @Test
  void signalIdsAreDenseInNameOrder() throws Exception {
    assertThat(registry.signalTypes()).asList().containsExactly(type("Notification"), type("PostSave")).inOrder();
    assertThat(registry.signalId(type("Notification"))).isEqualTo(0);
    assertThat(registry.signalId(type("PostSave"))).isEqualTo(1);
    assertThat(registry.signalId(String.class)).isEqualTo(GeneratedRegistry.NO_SIGNAL);
    assertThat(registry.signalTypes()).isNotSameInstanceAs(registry.signalTypes());
  }

  @Test
  void receiversMergeSenderAndAnySenderInDispatchOrder() throws Exception {
    assertThat(registry.receivers(registry.route(1, type("User")))).asList()
        .containsExactly(AUDIT, CREATE_BILLING_PROFILE, LOG, TOTALS_USER).inOrder();
    assertThat(registry.receivers(registry.route(1, type("Order")))).asList().containsExactly(LOG, TOTALS_ORDER).inOrder();
    assertThat(registry.receivers(registry.route(1, type("Admin")))).asList().containsExactly(LOG);
    assertThat(registry.receivers(registry.route(1, null))).asList().containsExactly(LOG);
    assertThat(registry.receivers(registry.route(0, null))).asList().containsExactly(COUNTER_COUNT, MAILER_SEND).inOrder();
    assertThat(registry.subclassReceivers(1)).asList().containsExactly(AUDIT);
    assertThat(registry.subclassReceivers(0)).isEmpty();
  }

  @Test
  void describeNamesTheReceiver() throws Exception {
    ReceiverInfo info = registry.describe(TOTALS_ORDER);
    assertThat(info.name()).isEqualTo("ModelReceivers.totals(PostSave)");
    assertThat(info.signal()).isEqualTo(type("PostSave"));
    assertThat(info.sender()).isEqualTo(type("Order"));
    assertThat(info.dispatchUid()).isEqualTo("order-totals");
    assertThat(info.origin()).isEqualTo("com.example.SignalsRegistry");
    assertThat(registry.describe(AUDIT).includeSubclasses()).isTrue();
    assertThat(registry.describe(AUDIT).order()).isEqualTo(-1);
    assertThrows(IllegalArgumentException.class, () -> registry.describe(99));
  }

  @Test
  void invokeCallsReceiversOnTheirInstances() throws Exception {
    Object mailer = type("Mailer").getConstructor(String.class).newInstance("shop");
    Object[] instances =
        registry.createInstances(
            new InstanceSource() {
              @Override
              public <T> T require(Class<T> type, String neededBy) {
                assertThat(neededBy).isEqualTo("Mailer.send(Notification)");
                return type.cast(mailer);
              }
            });
    Object notification = type("Notification").getConstructor(String.class, String.class).newInstance("x@mail.com", "xyz");
    assertThat(registry.invoke(COUNTER_COUNT, instances, null, notification)).isEqualTo(1);
    assertThat(registry.invoke(COUNTER_COUNT, instances, null, notification)).isEqualTo(2);
    assertThat(registry.invoke(MAILER_SEND, instances, null, notification)).isEqualTo("shop -> x@mail.com");
    Object user = type("User").getConstructor().newInstance();
    Object postSave = type("PostSave").getConstructors()[0].newInstance(user, true);
    assertThat(registry.invoke(TOTALS_USER, instances, type("User"), postSave)).isEqualTo(1);
    assertThat(registry.invoke(LOG, instances, type("User"), postSave)).isNull();
    assertThrows(IllegalArgumentException.class, () -> registry.invoke(99, instances, null, notification));
  }

  @Test
  void missingSuppliedInstanceFailsAtInstall() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                registry.createInstances(
                    new InstanceSource() {
                      @Override
                      public <T> T require(Class<T> type, String neededBy) {
                        throw new IllegalStateException("missing " + type.getSimpleName());
                      }
                    }));
    assertThat(e).hasMessageThat().isEqualTo("missing Mailer");
  }
}
