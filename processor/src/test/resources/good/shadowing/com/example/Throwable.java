package com.example;

public final class Throwable {}
