package com.example;

public final class Discovered {}
