package com.example;

public record Notification(String email) {}
