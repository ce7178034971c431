package com.example;

public interface ModelEvent<M extends Model> {
  M instance();
}
