package com.example;

public final class Admin extends User {}
