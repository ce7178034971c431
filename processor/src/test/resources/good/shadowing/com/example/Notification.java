package com.example;

public record Notification(java.lang.String email) {}
