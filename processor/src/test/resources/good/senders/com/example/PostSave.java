package com.example;

/** Sent after a model is saved; the type argument is the sender, the model class. */
public record PostSave<M extends Model>(M instance, boolean created) {}
