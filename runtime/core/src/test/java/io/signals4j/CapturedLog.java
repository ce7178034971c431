package io.signals4j;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what the runtime logs, through the {@code java.util.logging} logger that backs its
 * {@code System.Logger} on a JDK with {@code java.logging}, and keeps it off the console.
 */
final class CapturedLog extends Handler implements AutoCloseable {

  /** Held strongly while capturing: {@code java.util.logging} keeps loggers only weakly. */
  private final Logger logger;

  final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final boolean usedParentHandlers;

  private CapturedLog(String name) {
    logger = Logger.getLogger(name);
    usedParentHandlers = logger.getUseParentHandlers();
    logger.addHandler(this);
    logger.setUseParentHandlers(false);
  }

  /** Captures the failures that sends log, on {@code io.signals4j}. */
  static CapturedLog start() {
    return start("io.signals4j");
  }

  /** Captures what is logged on the logger {@code name} and those below it. */
  static CapturedLog start(String name) {
    return new CapturedLog(name);
  }

  /** The messages logged, in order. */
  List<String> messages() {
    return records.stream().map(LogRecord::getMessage).toList();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setUseParentHandlers(usedParentHandlers);
  }
}
