package com.example;

public final class Phase {}
