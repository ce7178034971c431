package io.signals4j.it.library;

/**
 * Sent after a model is saved: a sender-typed signal, whose type argument is the sender.
 *
 * @param instance the saved model
 * @param created whether a new row was inserted
 */
public record Saved<M extends Model>(M instance, boolean created) implements ModelEvent<M> {}
