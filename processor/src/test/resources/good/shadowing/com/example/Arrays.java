package com.example;

public final class Arrays {}
