package com.example.other;

public final class Object {}
