package io.signals4j.it.library;

/**
 * Sent when a customer places an order: a custom signal.
 *
 * @param orderId the order
 * @param email where the receipt goes
 * @param totalCents the total, in cents
 */
public record OrderPlaced(long orderId, String email, long totalCents) {}
