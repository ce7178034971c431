package io.signals4j.it.library;

/**
 * Sent after a model is deleted.
 *
 * @param instance the deleted model
 */
public record Deleted<M extends Model>(M instance) implements ModelEvent<M> {}
