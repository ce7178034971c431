package com.example;

public final class InstanceSource {}
