package com.example.app;

import io.signals4j.SignalsApp;

@SignalsApp(registry = "AppSignals")
final class App {}
