package com.example;

/** A signal nothing deprecates, whose receivers are deprecated in other ways. */
@SuppressWarnings("deprecation")
public record Notification(String text) implements LegacyEvent {}
