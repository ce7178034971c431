package com.example;

public record Pair<A, B>(A first, B second) {}
