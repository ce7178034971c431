package com.example;

public abstract class Model {}
