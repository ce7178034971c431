package com.example;

public record Routes0(int value) {}
