package com.example;

public record StockLow(String sku) {}
