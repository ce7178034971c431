package com.example;

public final class SignalRegistry {}
