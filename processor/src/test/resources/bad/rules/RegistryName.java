package com.example;

import io.signals4j.SignalsApp;

@SignalsApp(registry = "not a name") // expect
final class RegistryName {}
