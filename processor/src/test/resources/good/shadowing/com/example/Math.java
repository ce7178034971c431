package com.example;

public final class Math {}
