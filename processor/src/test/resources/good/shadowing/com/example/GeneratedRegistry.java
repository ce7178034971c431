package com.example;

public final class GeneratedRegistry {}
