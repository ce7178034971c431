package com.example;

import io.signals4j.SignalsApp;

@SignalsApp(registry = "AppSignals")
final class App {}
