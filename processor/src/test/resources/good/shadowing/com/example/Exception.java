package com.example;

public final class Exception {}
