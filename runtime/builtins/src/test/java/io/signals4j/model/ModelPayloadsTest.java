package io.signals4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelPayloadsTest {

  record User(String email) {}

  @Test
  void saveKeepsImmutableCopiesOfWhatItIsGiven() {
    Set<String> fields = new HashSet<>(Set.of("email"));
    Map<String, Object> previous = new HashMap<>();
    previous.put("email", "old@example.com");
    previous.put("nickname", null);
    PostSave<User> saved = new PostSave<>(new User("new@example.com"), false, false, "db", fields, previous);
    fields.add("name");
    previous.put("email", "changed");
    assertEquals(Set.of("email"), saved.updateFields());
    assertEquals("old@example.com", saved.previous("email"));
    assertNull(saved.previous("nickname"));
    assertThrows(UnsupportedOperationException.class, () -> saved.updateFields().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> saved.previous().put("x", 1));
  }

  @Test
  void aMisspeltAttributeIsAnErrorWherePreviousStateIsKnown() {
    PreSave<User> saving =
        new PreSave<>(new User("a"), false, false, "db", Set.of("email"), Map.of("email", "b"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> saving.previous("emial"));
    assertTrue(e.getMessage().contains("emial"), e.getMessage());
    assertTrue(e.getMessage().contains("[email]"), e.getMessage());
  }

  @Test
  void anInsertHasNoUpdateFieldsAndNoPreviousState() {
    PreSave<User> inserting = new PreSave<>(new User("a"), true, false, "db", null, null);
    assertNull(inserting.updateFields());
    assertEquals(Set.of(), inserting.changed());
    assertEquals(Map.of(), inserting.previous());
    assertNull(inserting.previous("anything"));
  }

  @Test
  void requiredComponentsAreNamedWhenNull() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new PostSave<>(null, true, false, "db", null, null));
    assertEquals("instance", e.getMessage());
    assertThrows(NullPointerException.class, () -> new PreDelete<>(new User("a"), "db", null));
    assertThrows(NullPointerException.class, () -> new PostInit<>(new User("a"), null));
    assertThrows(NullPointerException.class, () -> new ClassPrepared<>(null, "db"));
    assertThrows(NullPointerException.class,
        () -> new PostSave<>(new User("a"), false, false, "db", new HashSet<>(List.of("a", null)), null));
  }

  @Test
  void clearActionsHaveNoPkSetAndTheOthersNeedOne() {
    assertThrows(IllegalArgumentException.class,
        () -> new M2mChanged<>(new User("a"), M2mChanged.Action.PRE_CLEAR, false, User.class, Set.of(1), "db", "tags"));
    assertThrows(IllegalArgumentException.class,
        () -> new M2mChanged<>(new User("a"), M2mChanged.Action.POST_ADD, false, User.class, null, "db", "tags"));
    Set<Object> pks = new HashSet<>(Set.of(1L, 2L));
    M2mChanged<User> added =
        new M2mChanged<>(new User("a"), M2mChanged.Action.POST_ADD, false, User.class, pks, "db", "tags");
    pks.clear();
    assertEquals(Set.of(1L, 2L), added.pkSet());
    assertTrue(M2mChanged.Action.PRE_REMOVE.isPre());
  }

  @Test
  void preInitCopiesTheValues() {
    Map<String, Object> values = new HashMap<>(Map.of("email", "a"));
    PreInit<User> init = new PreInit<>(User.class, 1L, values, "db");
    values.clear();
    assertEquals(Map.of("email", "a"), init.values());
  }
}
