package com.example;

public final class Object {}
