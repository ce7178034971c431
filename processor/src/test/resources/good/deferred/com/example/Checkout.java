package com.example;

public final class Checkout {}
