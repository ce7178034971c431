package com.example;

public record OrderPlaced(long orderId, String email) {}
