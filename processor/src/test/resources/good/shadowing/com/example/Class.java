package com.example;

public final class Class {}
