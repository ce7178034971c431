package io.signals4j.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sent after a row of a model is written: Django's {@code post_save}, sent with the model class as
 * sender, inside the transaction that wrote it (so before it commits, as in Django).
 *
 * <pre>{@code
 * @Receiver(signal = PostSave.class, sender = User.class)
 * static void createBillingProfile(PostSave<User> saved) {
 *   if (saved.created()) {
 *     HibernateSignals.session().persist(new BillingProfile(saved.instance()));
 *   }
 * }
 * }</pre>
 *
 * <p>Beyond Django, an update carries the state the row had before it, taken from what was
 * loaded, with no query: {@link #previous()}, {@link #changed()} and {@link #previous(String)}.
 *
 * @param <M> the model type
 * @param instance the instance that was saved, never null
 * @param created true when the row was inserted, false when it was updated
 * @param raw Django's {@code raw}, true when fixtures are loaded as they are; emitters that have
 *     no fixture loader always send false
 * @param using the database alias: for Hibernate, the persistence unit or session factory name
 * @param updateFields the names of the attributes whose values this update changed; null for an
 *     insert, and when they are not known (an update that writes every column without comparing,
 *     as a stateless session's does), as Django's {@code None} means "every field"
 * @param previous the attribute values the row had before this update, by attribute name; empty
 *     for an insert and when they are not known
 */
public record PostSave<M>(
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
  public PostSave {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(using, "using");
    updateFields = Snapshot.copyOf(updateFields, "updateFields");
    previous = previous == null ? Map.of() : Snapshot.copyOf(previous);
  }
}
