package io.signals4j.model;

import java.util.Objects;

/**
 * Sent once per model class when the models become usable: Django's {@code class_prepared}, sent
 * with the model class as sender.
 *
 * <p>Django sends it once, when the class is defined. Java has no such moment short of an agent,
 * so emitters send it when a database mapping of the class is ready: for Hibernate, once per
 * entity class each time a persistence unit starts, so several times for a class mapped by
 * several units.
 *
 * @param <M> the model type
 * @param model the model class
 * @param using the database alias: for Hibernate, the persistence unit or session factory name
 */
public record ClassPrepared<M>(Class<M> model, String using) {

  /**
   * Checks that no component is null.
   *
   * @param model see {@link #model()}
   * @param using see {@link #using()}
   */
  public ClassPrepared {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(using, "using");
  }
}
