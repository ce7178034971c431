package io.signals4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Phase;
import io.signals4j.ReceiverInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tables a generated registry writes instead of code, read back by {@link
 * AbstractGeneratedRegistry}: every answer the runtime asks for, any character in a name, and a
 * clear error for a table that is not well formed.
 */
class AbstractGeneratedRegistryTest {

  record Saved(String id) {}

  record Deleted(String id) {}

  static final class User {}

  static final class Admin {}

  static final class Stranger {}

  private static final Class<?>[] TYPES = {Saved.class, Deleted.class, User.class, Admin.class};

  private static final String NAME = "com.example.TestSignals";

  /**
   * Receivers: 0 to 3 hear Saved, 4 hears Deleted.
   *
   * <pre>
   * 0 any sender, order -5
   * 1 sender User and its subclasses, uid "user audit"
   * 2 sender Admin, after commit
   * 3 any sender, order 7
   * 4 any sender (Deleted)
   * </pre>
   */
  private static final List<String> RECEIVERS =
      List.of(
          "0 - -5 " + prefixed("Audit.first(Saved)") + "\n",
          "0 2 0 " + prefixed("Mailer.onUser(Saved, Class)") + " subclasses uid=" + prefixed("user audit") + "\n",
          "0 3 0 " + prefixed("Admins.later(Saved)") + " AFTER_COMMIT\n",
          "0 - 7 " + prefixed("Audit.last(Saved)") + "\n",
          "1 - 0 " + prefixed("Audit.deleted(Deleted)") + "\n");

  /** Routes 0 and 1 are straight-line: Saved from Admin, listed before Saved from User. */
  private static final List<String> ROUTES =
      List.of("0 3 straight\n", "0 2 straight\n", "0 -\n", "1 -\n");

  /** A registry as the processor writes one, with the tables a test gives it. */
  private static final class TableRegistry extends AbstractGeneratedRegistry {
    private final String[] receivers;
    private final String[] routes;
    int tableReads;
    int typeReads;

    TableRegistry(String[] receivers, String[] routes) {
      super(NAME);
      this.receivers = receivers;
      this.routes = routes;
    }

    TableRegistry() {
      this(new String[] {String.join("", RECEIVERS)}, new String[] {String.join("", ROUTES)});
    }

    @Override
    protected int typeIndex(Class<?> type) {
      for (int i = 0; i < TYPES.length; i++) {
        if (TYPES[i].getName().equals(type.getName())) {
          return TYPES[i] == type ? i : NO_TYPE;
        }
      }
      return NO_TYPE;
    }

    @Override
    protected Class<?>[] types() {
      typeReads++;
      return TYPES.clone();
    }

    @Override
    protected String[] receiverTable() {
      tableReads++;
      return receivers.clone();
    }

    @Override
    protected String[] routeTable() {
      return routes.clone();
    }

    @Override
    public Object[] createInstances(InstanceSource source) {
      return new Object[0];
    }

    @Override
    public Object invoke(int receiverId, Object[] instances, Class<?> sender, Object payload) {
      return null;
    }
  }

  private static String prefixed(String value) {
    return value.length() + ":" + value;
  }

  @Test
  void routesReachTheirSendersReceiversAndThoseOfAnySender() {
    TableRegistry registry = new TableRegistry();
    int saved = registry.signalId(Saved.class);
    assertEquals(0, saved);
    assertEquals(1, registry.route(saved, User.class));
    assertEquals(0, registry.route(saved, Admin.class));
    assertEquals(2, registry.route(saved, null));
    assertEquals(2, registry.route(saved, Stranger.class));
    // A type the registry knows, but not as a sender of this signal.
    assertEquals(2, registry.route(saved, Deleted.class));
    assertEquals(3, registry.route(registry.signalId(Deleted.class), User.class));
    assertArrayEquals(new int[] {0, 1, 3}, registry.receivers(1));
    assertArrayEquals(new int[] {0, 2, 3}, registry.receivers(0));
    assertArrayEquals(new int[] {0, 3}, registry.receivers(2));
    assertArrayEquals(new int[] {4}, registry.receivers(3));
    assertTrue(registry.firesRoute(0));
    assertTrue(registry.firesRoute(1));
    assertFalse(registry.firesRoute(2));
    assertFalse(registry.firesRoute(4));
  }

  @Test
  void signalIdsAreTheSignalsOwnTypeIndexes() {
    TableRegistry registry = new TableRegistry();
    assertArrayEquals(new Class<?>[] {Saved.class, Deleted.class}, registry.signalTypes());
    assertEquals(1, registry.signalId(Deleted.class));
    assertEquals(GeneratedRegistry.NO_SIGNAL, registry.signalId(User.class));
    assertEquals(GeneratedRegistry.NO_SIGNAL, registry.signalId(Stranger.class));
  }

  @Test
  void allReceiversAreTheSignalsIdRangeAndSubclassReceiversThoseMarked() {
    TableRegistry registry = new TableRegistry();
    assertArrayEquals(new int[] {0, 1, 2, 3}, registry.allReceivers(0));
    assertArrayEquals(new int[] {4}, registry.allReceivers(1));
    assertArrayEquals(new int[0], registry.allReceivers(2));
    assertArrayEquals(new int[] {1}, registry.subclassReceivers(0));
    assertArrayEquals(new int[0], registry.subclassReceivers(1));
  }

  @Test
  void describeGivesEveryDeclaredField() {
    TableRegistry registry = new TableRegistry();
    assertEquals(
        ReceiverInfo.declared("Audit.first(Saved)", Saved.class, null, false, -5, null, NAME),
        registry.describe(0));
    assertEquals(
        ReceiverInfo.declared("Mailer.onUser(Saved, Class)", Saved.class, User.class, true, 0, "user audit", NAME),
        registry.describe(1));
    assertEquals(
        ReceiverInfo.declared(
            "Admins.later(Saved)", Saved.class, Admin.class, false, 0, null, Phase.AFTER_COMMIT, NAME),
        registry.describe(2));
    assertEquals(NAME, registry.name());
  }

  @Test
  void namesAndUidsKeepEveryCharacterWhereverTheTableIsCut() {
    List<String> names =
        List.of(
            "",
            "12:ab",
            "with space uid=3:abc AFTER_COMMIT",
            "line\nbreak\n",
            "tab\tand \\ backslash \"quoted\"",
            "snowman \u2603 and a face \uD83D\uDE00",
            "- 0 -\n0 - 0 1:x\n");
    StringBuilder table = new StringBuilder();
    for (String name : names) {
      table.append("0 - 0 ").append(prefixed(name)).append(" uid=").append(prefixed(name)).append('\n');
    }
    // Cut into parts of three characters: through length prefixes, names and line breaks.
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < table.length(); i += 3) {
      parts.add(table.substring(i, Math.min(table.length(), i + 3)));
    }
    TableRegistry registry =
        new TableRegistry(parts.toArray(new String[0]), new String[] {"0 -\n"});
    for (int id = 0; id < names.size(); id++) {
      ReceiverInfo info = registry.describe(id);
      assertEquals(names.get(id), info.name());
      assertEquals(names.get(id), info.dispatchUid());
      assertEquals(Phase.DURING_SEND, info.phase());
    }
    assertEquals(names.size(), registry.allReceivers(0).length);
  }

  @Test
  void tablesAreReadOnFirstUseAndTypesOnlyToDescribe() {
    TableRegistry registry = new TableRegistry();
    assertEquals(0, registry.tableReads);
    registry.receivers(registry.route(0, User.class));
    registry.allReceivers(0);
    registry.subclassReceivers(0);
    assertEquals(1, registry.tableReads);
    assertEquals(0, registry.typeReads);
    registry.describe(0);
    registry.describe(1);
    assertEquals(1, registry.typeReads);
    assertEquals(1, registry.tableReads);
  }

  @Test
  void unknownIdsAreRefusedNamingTheRegistry() {
    TableRegistry registry = new TableRegistry();
    IllegalArgumentException signal = assertThrows(IllegalArgumentException.class, () -> registry.route(2, null));
    assertEquals(NAME + " has no signal 2", signal.getMessage());
    assertEquals(
        NAME + " has no route -1",
        assertThrows(IllegalArgumentException.class, () -> registry.receivers(-1)).getMessage());
    assertEquals(
        NAME + " has no receiver 5",
        assertThrows(IllegalArgumentException.class, () -> registry.describe(5)).getMessage());
  }

  @Test
  void malformedTablesNameTheRegistryTheTableAndTheLine() {
    assertMalformed(new String[] {"1 - 0 1:a\n"}, "0 -\n", "receiver table, line 1: signal 1 out of order");
    assertMalformed(new String[] {"0 - 0 1:a\n0 - 0 9:a\n"}, "0 -\n", "receiver table, line 2: a string longer");
    assertMalformed(new String[] {"0 - 0 1:a later\n"}, "0 -\n", "receiver table, line 1: unknown option later");
    assertMalformed(new String[] {"0 - 0 1:a"}, "0 -\n", "receiver table, line 1: line not ended");
    assertMalformed(new String[] {"0 - x 1:a\n"}, "0 -\n", "receiver table, line 1: expected a number");
    assertMalformed(new String[] {"0 - 0 1:a\n"}, "0 2\n", "route table, line 2: no any-sender route of signal 0");
    assertMalformed(new String[] {"0 - 0 1:a\n"}, "0 -\n0 -\n", "route table, line 2: a second any-sender route");
    assertMalformed(new String[] {"0 - 0 1:a\n"}, "0 - fast\n", "route table, line 1: expected straight");
    assertMalformed(new String[] {"0 - 0 1:a\n"}, "1 -\n", "route table, line 1: no signal 1");
  }

  private static void assertMalformed(String[] receivers, String routes, String problem) {
    TableRegistry registry = new TableRegistry(receivers, new String[] {routes});
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> registry.allReceivers(0));
    assertTrue(
        thrown.getMessage().startsWith(NAME + " has a malformed " + problem), thrown.getMessage());
  }

  @Test
  void aRegistryWithoutReceiversHasNoSignals() {
    TableRegistry registry = new TableRegistry(new String[] {""}, new String[] {""});
    assertArrayEquals(new Class<?>[0], registry.signalTypes());
    assertEquals(GeneratedRegistry.NO_SIGNAL, registry.signalId(Saved.class));
    assertArrayEquals(new int[0], registry.allReceivers(0));
    assertThrows(IllegalArgumentException.class, () -> registry.describe(0));
  }
}
