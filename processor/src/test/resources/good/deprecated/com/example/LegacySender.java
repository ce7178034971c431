package com.example;

/** A deprecated sender. */
@Deprecated
public class LegacySender {}
