package com.example;

/** A deprecated supertype of a signal, taken as a payload parameter. */
@Deprecated
public interface LegacyEvent {}
