package io.signals4j.it.library;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Where the library's receivers write what they did, so that tests and the demo can show it. */
public final class Journal {

  private static final List<String> LINES = new CopyOnWriteArrayList<>();

  private Journal() {}

  /** Records one line. */
  public static void write(String line) {
    LINES.add(line);
  }

  /** Everything recorded since the last {@link #clear()}. */
  public static List<String> lines() {
    return List.copyOf(LINES);
  }

  /** Forgets everything recorded. */
  public static void clear() {
    LINES.clear();
  }
}
