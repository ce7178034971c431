package io.signals4j.model;

import java.util.Objects;
import java.util.Set;

/**
 * Sent around a change of a many-to-many relation: Django's {@code m2m_changed}, sent with the
 * model class that declares the relation as sender (Django sends its through model, which a
 * many-to-many mapping in Java does not have), once before and once after the rows of the join
 * table are written.
 *
 * <pre>{@code
 * @Receiver(signal = M2mChanged.class, sender = Article.class)
 * static void reindexTags(M2mChanged<Article> changed) {
 *   if (changed.action() == M2mChanged.Action.POST_ADD) index.add(changed.instance(), changed.pkSet());
 * }
 * }</pre>
 *
 * @param <M> the model type that declares the relation
 * @param instance the instance whose relation changed, never null
 * @param action what happened, and whether before or after
 * @param reverse whether the change was made from the side that does not declare the relation
 * @param model the class of the related instances added or removed
 * @param pkSet the primary keys of the related instances added or removed; null for {@link
 *     Action#PRE_CLEAR} and {@link Action#POST_CLEAR}, as in Django
 * @param using the database alias: for Hibernate, the persistence unit or session factory name
 * @param attribute the name of the relation's attribute on {@code instance}, which tells two
 *     relations of one model apart, since Django's sender (the through model) does but the model
 *     class does not
 */
public record M2mChanged<M>(
    M instance,
    Action action,
    boolean reverse,
    Class<?> model,
    Set<Object> pkSet,
    String using,
    String attribute) {

  /** What changed, and whether the signal comes before or after the join table is written. */
  public enum Action {
    /** Before related instances are added: Django's {@code "pre_add"}. */
    PRE_ADD,
    /** After related instances were added: Django's {@code "post_add"}. */
    POST_ADD,
    /** Before related instances are removed: Django's {@code "pre_remove"}. */
    PRE_REMOVE,
    /** After related instances were removed: Django's {@code "post_remove"}. */
    POST_REMOVE,
    /** Before the relation is emptied: Django's {@code "pre_clear"}. */
    PRE_CLEAR,
    /** After the relation was emptied: Django's {@code "post_clear"}. */
    POST_CLEAR;

    /**
     * Whether this action comes before the join table is written.
     *
     * @return true for the {@code PRE_} actions
     */
    public boolean isPre() {
      return this == PRE_ADD || this == PRE_REMOVE || this == PRE_CLEAR;
    }
  }

  /**
   * Checks the components and takes an immutable copy of {@code pkSet}.
   *
   * @param instance see {@link #instance()}
   * @param action see {@link #action()}
   * @param reverse see {@link #reverse()}
   * @param model see {@link #model()}
   * @param pkSet see {@link #pkSet()}
   * @param using see {@link #using()}
   * @param attribute see {@link #attribute()}
   */
  public M2mChanged {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(using, "using");
    Objects.requireNonNull(attribute, "attribute");
    boolean clear = action == Action.PRE_CLEAR || action == Action.POST_CLEAR;
    if (clear != (pkSet == null)) {
      throw new IllegalArgumentException(
          action + (clear ? " has no pkSet, as in Django" : " needs a pkSet") + ", got " + pkSet);
    }
    pkSet = Snapshot.copyOf(pkSet, "pkSet");
  }
}
