package com.example;

import io.signals4j.Receiver;

record RecordComponent(
    @Receiver(signal = Notification.class) String email) {} // expect
