package io.signals4j.model;

import java.util.Objects;

/**
 * Sent after a row of a model was deleted: Django's {@code post_delete}, sent with the model class
 * as sender, inside the transaction that deleted it. The instance keeps its identifier, as it
 * does in Django's {@code post_delete}.
 *
 * @param <M> the model type
 * @param instance the instance that was deleted, never null
 * @param using the database alias: for Hibernate, the persistence unit or session factory name
 * @param origin what the delete was asked for: the instance passed to the delete call, whose
 *     cascade reached this one, or {@code instance} itself; Django's {@code origin}, never null
 */
public record PostDelete<M>(M instance, String using, Object origin) {

  /**
   * Checks that no component is null.
   *
   * @param instance see {@link #instance()}
   * @param using see {@link #using()}
   * @param origin see {@link #origin()}
   */
  public PostDelete {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(using, "using");
    Objects.requireNonNull(origin, "origin");
  }
}
