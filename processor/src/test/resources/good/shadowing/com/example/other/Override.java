package com.example.other;

public final class Override {}
