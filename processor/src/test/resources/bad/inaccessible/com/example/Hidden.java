package com.example;

record Hidden(String text) {}
