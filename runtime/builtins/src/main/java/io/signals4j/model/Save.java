package io.signals4j.model;

import java.util.Map;
import java.util.Set;

/**
 * What {@link PreSave} and {@link PostSave} share, so that one receiver method can take either:
 * {@code @Receiver(signal = PreSave.class) @Receiver(signal = PostSave.class) void audit(Save<?>
 * save)}.
 *
 * @param <M> the model type
 */
public sealed interface Save<M> permits PreSave, PostSave {

  /**
   * The instance saved.
   *
   * @return the instance, never null
   */
  M instance();

  /**
   * Whether the save inserts the row.
   *
   * @return true for an insert, false for an update
   */
  boolean created();

  /**
   * Django's {@code raw}: whether fixtures are being loaded as they are.
   *
   * @return false from emitters that have no fixture loader
   */
  boolean raw();

  /**
   * The database alias.
   *
   * @return for Hibernate, the persistence unit or session factory name
   */
  String using();

  /**
   * The attributes whose values change in this update.
   *
   * @return an immutable set; null for an insert and when not known
   */
  Set<String> updateFields();

  /**
   * The attribute values the row had before this update.
   *
   * @return an immutable map by attribute name; empty for an insert and when not known
   */
  Map<String, Object> previous();

  /**
   * The attributes whose values change: {@link #updateFields()}, or an empty set where that is
   * null.
   *
   * @return an immutable set of attribute names
   */
  default Set<String> changed() {
    Set<String> updateFields = updateFields();
    return updateFields == null ? Set.of() : updateFields;
  }

  /**
   * The value {@code attribute} had before this update.
   *
   * @param attribute an attribute name of the model
   * @return the previous value; null if it was null or if no previous state is known (an insert)
   * @throws IllegalArgumentException if previous state is known and has no such attribute
   */
  default Object previous(String attribute) {
    return Snapshot.previous(previous(), attribute, instance());
  }
}
