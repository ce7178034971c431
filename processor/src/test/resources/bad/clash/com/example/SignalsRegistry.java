package com.example;

/** A hand-written class with the name the processor gives the registry by default. */
final class SignalsRegistry {} // expect
