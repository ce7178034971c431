package com.example;

public final class String {}
