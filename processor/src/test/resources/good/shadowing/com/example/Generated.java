package com.example;

public final class Generated {}
