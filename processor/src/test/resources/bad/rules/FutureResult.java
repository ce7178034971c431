package com.example;

import io.signals4j.Receiver;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

final class FutureResult {
  @Receiver(signal = Notification.class) // expect
  static Future<String> on(Notification notification) {
    return new FutureTask<>(notification::email);
  }
}
