package io.signals4j.model;

import java.util.Objects;

/**
 * Sent once an instance of a model is built from a row and its attributes are set: Django's
 * {@code post_init}, sent with the model class as sender.
 *
 * <p>Django sends {@code post_init} from the model's constructor, so also for {@code new}
 * objects. A Java ORM never sees a constructor call: emitters send it only for instances they
 * build from the database.
 *
 * @param <M> the model type
 * @param instance the instance, never null
 * @param using the database alias: for Hibernate, the persistence unit or session factory name
 */
public record PostInit<M>(M instance, String using) {

  /**
   * Checks that no component is null.
   *
   * @param instance see {@link #instance()}
   * @param using see {@link #using()}
   */
  public PostInit {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(using, "using");
  }
}
