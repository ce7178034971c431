package io.signals4j.model;

import java.util.Map;
import java.util.Objects;

/**
 * Sent while an instance of a model is being built from a row, before its attributes are set:
 * Django's {@code pre_init}, sent with the model class as sender.
 *
 * <p>Django sends {@code pre_init} from the model's constructor, so also for {@code new} objects.
 * A Java ORM never sees a constructor call: emitters send it only for instances they build from
 * the database. The values it is about to set take the place of Django's {@code kwargs}, and the
 * instance is not given, since it is not built yet.
 *
 * @param <M> the model type
 * @param model the class being instantiated
 * @param id the primary key of the row
 * @param values the values about to be set, by attribute name (Django's {@code kwargs})
 * @param using the database alias: for Hibernate, the persistence unit or session factory name
 */
public record PreInit<M>(Class<M> model, Object id, Map<String, Object> values, String using) {

  /**
   * Checks the components and takes an immutable copy of {@code values}.
   *
   * @param model see {@link #model()}
   * @param id see {@link #id()}
   * @param values see {@link #values()}
   * @param using see {@link #using()}
   */
  public PreInit {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(using, "using");
    values = values == null ? Map.of() : Snapshot.copyOf(values);
  }
}
