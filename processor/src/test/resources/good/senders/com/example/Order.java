package com.example;

public final class Order extends Model {}
