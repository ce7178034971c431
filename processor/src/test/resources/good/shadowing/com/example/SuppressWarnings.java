package com.example;

public final class SuppressWarnings {}
