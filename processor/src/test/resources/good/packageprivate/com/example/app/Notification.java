package com.example.app;

public record Notification(String email) {}
