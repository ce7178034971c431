package com.example;

public final class Override {}
