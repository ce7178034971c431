package com.example;

/** A signal deprecated for removal. */
@Deprecated(forRemoval = true)
public record Retired(String reason) {}
