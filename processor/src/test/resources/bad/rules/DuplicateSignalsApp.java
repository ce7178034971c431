package com.example;

import io.signals4j.SignalsApp;

@SignalsApp(registry = "FirstSignals")
final class DuplicateSignalsApp {}

@SignalsApp(registry = "SecondSignals") // expect
final class DuplicateSignalsAppToo {}
