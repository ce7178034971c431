package io.signals4j.it.app;

/**
 * The application's own signal.
 *
 * @param email the new user's address
 * @param username the chosen name
 */
public record UserSignedUp(String email, String username) {}
