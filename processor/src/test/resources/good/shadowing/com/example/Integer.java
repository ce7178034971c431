package com.example;

public final class Integer {}
