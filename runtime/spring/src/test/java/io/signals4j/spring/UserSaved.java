package io.signals4j.spring;

/** What {@link UserService} sends once it has written a user. */
record UserSaved(String name) {}
