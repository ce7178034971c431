package com.example;

public final class ReceiverInfo {}
