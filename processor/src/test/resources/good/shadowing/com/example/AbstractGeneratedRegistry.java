package com.example;

public final class AbstractGeneratedRegistry {}
