package io.signals4j.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabasePayloadsTest {

  /** A connection nobody calls: this module has no JDBC driver, and the payloads only hold it. */
  private static final Connection CONNECTION = (Connection) Proxy.newProxyInstance(
      Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
        throw new UnsupportedOperationException(method.getName());
      });

  @Test
  void migrationPlansAreCopiedSoThatLaterChangesDoNotShow() {
    List<Migration> plan = new ArrayList<>(List.of(new Migration("1", "create colours", "V1__create_colours.sql")));
    PreMigrate pre = new PreMigrate("default", plan, CONNECTION);
    PostMigrate post = new PostMigrate("default", plan, CONNECTION);

    plan.add(new Migration("2", "add rgb", "V2__add_rgb.sql"));

    assertEquals(1, pre.plan().size());
    assertEquals(1, post.plan().size());
    assertThrows(UnsupportedOperationException.class, () -> pre.plan().clear());
  }

  @Test
  void repeatableMigrationHasNoVersion() {
    assertNull(new Migration(null, "views", "R__views.sql").version());
  }

  @Test
  void missingComponentsAreRejectedByName() {
    NullPointerException e = assertThrows(
        NullPointerException.class, () -> new PreMigrate("default", List.of(), null));
    assertEquals("connection", e.getMessage());
    assertThrows(NullPointerException.class, () -> new PostMigrate(null, List.of(), CONNECTION));
    assertThrows(NullPointerException.class, () -> new Migration("1", "create", null));
  }
}
