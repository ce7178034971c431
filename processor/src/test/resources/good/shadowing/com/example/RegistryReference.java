package com.example;

public final class RegistryReference {}
