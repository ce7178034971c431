package com.example;

public final class RouteFailure {}
