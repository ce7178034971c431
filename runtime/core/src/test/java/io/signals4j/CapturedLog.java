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

  /** Held strongly: {@code java.util.logging} keeps loggers only weakly. */
  private static final Logger LOGGER = Logger.getLogger("io.signals4j");

  final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final boolean usedParentHandlers;

  private CapturedLog() {
    usedParentHandlers = LOGGER.getUseParentHandlers();
    LOGGER.addHandler(this);
    LOGGER.setUseParentHandlers(false);
  }

  static CapturedLog start() {
    return new CapturedLog();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    LOGGER.removeHandler(this);
    LOGGER.setUseParentHandlers(usedParentHandlers);
  }
}
