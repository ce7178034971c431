package io.signals4j.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sent just before a row of a model is written: Django's {@code pre_save}, sent with the model
 * class as sender.
 *
 * <p>A receiver may edit {@code instance}, and the edit is written, as in Django's {@code
 * pre_save} (the slug idiom). Beyond Django, an update carries the state the row had before it,
 * taken from what was loaded, with no query: {@link #previous()}, {@link #changed()} and {@link
 * #previous(String)}.
 *
 * <pre>{@code
 * @Receiver(signal = PreSave.class, sender = User.class)
 * static void normaliseEmail(PreSave<User> saving) {
 *   if (saving.changed().contains("email")) {
 *     saving.instance().setEmail(saving.instance().getEmail().toLowerCase(Locale.ROOT));
 *   }
 * }
 * }</pre>
 *
 * @param <M> the model type
 * @param instance the instance being saved, never null
 * @param created true when the row is about to be inserted, false for an update; beyond Django,
 *     whose {@code pre_save} leaves it to {@code instance._state.adding}
 * @param raw Django's {@code raw}, true when fixtures are loaded as they are; emitters that have
 *     no fixture loader always send false
 * @param using the database alias: for Hibernate, the persistence unit or session factory name
 * @param updateFields the names of the attributes whose values change in this update; null for an
 *     insert, and when they are not known (an update that writes every column without comparing,
 *     as a stateless session's does), as Django's {@code None} means "every field"
 * @param previous the attribute values the row had before this update, by attribute name; empty
 *     for an insert and when they are not known
 */
public record PreSave<M>(
    M instance,
    boolean created,
    boolean raw,
    String using,
    Set<String> updateFields,
    Map<String, Object> previous)
    implements Save<M> {

  /**
   * Checks the components and takes immutable copies of the set and the map.
   *
   * @param instance see {@link #instance()}
   * @param created see {@link #created()}
   * @param raw see {@link #raw()}
   * @param using see {@link #using()}
   * @param updateFields see {@link #updateFields()}
   * @param previous see {@link #previous()}
   */
  public PreSave {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(using, "using");
    updateFields = Snapshot.copyOf(updateFields, "updateFields");
    previous = previous == null ? Map.of() : Snapshot.copyOf(previous);
  }
}
