package io.signals4j.it.demo;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Shows what signals4j logs (a failed {@code sendRobust} or after-commit receiver) as one line of
 * the timeline, exception included, where the JDK's console handler would print a stack trace.
 */
final class OneLineLog extends Handler {

  private final Timeline timeline;

  private OneLineLog(Timeline timeline) {
    this.timeline = timeline;
  }

  /**
   * Sends the {@code io.signals4j} loggers to {@code timeline} until the returned action is run.
   * The HTTP filter's log is silenced: the {@code got_request_exception} receiver reports the
   * same failure in its own line.
   */
  static Runnable install(Timeline timeline) {
    Logger signals = Logger.getLogger("io.signals4j");
    Logger httpServer = Logger.getLogger("io.signals4j.httpserver");
    // Hibernate logs through jboss-logging, which uses java.util.logging when Logback is absent.
    Logger hibernate = Logger.getLogger("org.hibernate");
    List<Logger> loggers = List.of(signals, httpServer, hibernate);
    List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
    OneLineLog handler = new OneLineLog(timeline);
    signals.addHandler(handler);
    signals.setUseParentHandlers(false);
    httpServer.setLevel(Level.OFF);
    hibernate.setLevel(Level.WARNING);
    // The loggers are referenced until restored: java.util.logging holds loggers weakly and would
    // forget the levels set on a logger that nobody references.
    return () -> {
      signals.removeHandler(handler);
      signals.setUseParentHandlers(true);
      for (int i = 0; i < loggers.size(); i++) {
        loggers.get(i).setLevel(levels.get(i));
      }
    };
  }

  @Override
  public void publish(LogRecord record) {
    if (!isLoggable(record)) {
      return;
    }
    StringBuilder line = new StringBuilder(record.getMessage());
    for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
      line.append(": ").append(cause.getClass().getSimpleName()).append(": ")
          .append(cause.getMessage());
    }
    String level = record.getLevel() == Level.SEVERE ? "ERROR" : record.getLevel().getName();
    timeline.signal("log " + level, line.toString());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
