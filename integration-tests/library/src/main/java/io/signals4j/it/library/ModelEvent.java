package io.signals4j.it.library;

/**
 * What the model signals have in common, so that one receiver can hear several of them.
 *
 * @param <M> the model type, which is also the sender
 */
public interface ModelEvent<M extends Model> {

  /** The model concerned. */
  M instance();
}
