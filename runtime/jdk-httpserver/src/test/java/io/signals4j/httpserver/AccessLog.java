package io.signals4j.httpserver;

import io.signals4j.Receiver;
import io.signals4j.SignalsApp;
import io.signals4j.request.GotRequestException;
import io.signals4j.request.RequestFinished;
import io.signals4j.request.RequestStarted;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Receivers of the request signals declared as an application declares them. */
@SignalsApp(registry = "AccessLogSignals")
final class AccessLog {

  static final List<String> LINES = new CopyOnWriteArrayList<>();

  private AccessLog() {}

  @Receiver(signal = RequestStarted.class, sender = HttpServerSignalsFilter.class)
  static void started(RequestStarted started) {
    LINES.add("started " + started.method() + " " + started.path());
  }

  @Receiver(signal = GotRequestException.class)
  static void failed(GotRequestException got, Class<?> sender) {
    LINES.add("failed " + got.path() + " " + got.exception().getMessage() + " from "
        + sender.getSimpleName());
  }

  @Receiver(signal = RequestFinished.class, sender = HttpServerSignalsFilter.class)
  static void finished(RequestFinished finished) {
    LINES.add("finished " + finished.path() + " " + finished.status());
  }
}
