package com.example;

public final class IllegalArgumentException {}
