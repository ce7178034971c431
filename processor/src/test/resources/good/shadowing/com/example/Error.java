package com.example;

public final class Error {}
