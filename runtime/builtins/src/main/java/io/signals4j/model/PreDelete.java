package io.signals4j.model;

import java.util.Objects;

/**
 * Sent before a row of a model is deleted: Django's {@code pre_delete}, sent with the model class
 * as sender, for the instance a delete was asked for and for every instance its cascade deletes.
 *
 * @param <M> the model type
 * @param instance the instance about to be deleted, never null
 * @param using the database alias: for Hibernate, the persistence unit or session factory name
 * @param origin what the delete was asked for: the instance passed to the delete call, whose
 *     cascade reached this one, or {@code instance} itself; Django's {@code origin}, never null
 */
public record PreDelete<M>(M instance, String using, Object origin) {

  /**
   * Checks that no component is null.
   *
   * @param instance see {@link #instance()}
   * @param using see {@link #using()}
   * @param origin see {@link #origin()}
   */
  public PreDelete {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(using, "using");
    Objects.requireNonNull(origin, "origin");
  }
}
