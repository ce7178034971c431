package com.example;

public class User extends Model {}
