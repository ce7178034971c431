package io.signals4j.it.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The demo's output: one line per signal received and per thing the demo does, grouped in steps.
 * Receivers write to it from whatever thread the component sends on (HikariCP's pool filler, the
 * HTTP server's dispatcher), so every write holds the lock and a line is never torn.
 */
public final class Timeline {

  private final PrintStream out;
  private final List<String> lines = new ArrayList<>();
  private int steps;

  /**
   * A timeline printed to {@code out}.
   *
   * @param out where the lines go
   */
  public Timeline(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Starts a numbered step.
   *
   * @param title what the step shows
   */
  public synchronized void step(String title) {
    steps++;
    print("");
    print(steps + ". " + title);
  }

  /**
   * A signal was received.
   *
   * @param signal Django's name of the signal, such as {@code post_save}
   * @param what what the receiver saw and did
   */
  public synchronized void signal(String signal, String what) {
    print(String.format("   %-22s %s", signal, what));
  }

  /**
   * Something the demo itself did or checked.
   *
   * @param what one sentence
   */
  public synchronized void action(String what) {
    print("   > " + what);
  }

  /**
   * A line outside any step: the title and the end.
   *
   * @param text the line
   */
  public synchronized void line(String text) {
    print(text);
  }

  /**
   * Every line printed so far.
   *
   * @return a copy, in order
   */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  private void print(String line) {
    lines.add(line);
    out.println(line);
    out.flush();
  }
}
