package com.example;

public record PostSave<M extends Model>(M instance, boolean created) implements ModelEvent<M> {}
