package io.signals4j.bench.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Java sources of benchmark receivers: the measured receivers of {@code One}, {@code Ten}
 * and {@code Hundred}, a crowd of receivers on other signals and senders, or a start-up set. The
 * benchmark modules run it before they compile, so thousands of receivers are compiled by the real
 * processor without being kept in the repository.
 *
 * <p>Usage: {@code ReceiverSourceWriter <out dir> <package> <registry> [measured] [peers]
 * [crowd=N] [startup=N]}. {@code peers} also puts the Guava, greenrobot and Spring annotations on
 * every measured and start-up receiver, so that all four dispatch the same methods.
 */
public final class ReceiverSourceWriter {

  /** Methods per generated class: large enough to matter, small enough to read. */
  static final int METHODS_PER_CLASS = 100;

  /** Signals the crowd spreads over, besides those it shares with the measured receivers. */
  static final int CROWD_SIGNALS = 50;

  /** Senders the crowd spreads over; none of them is the measured sender. */
  static final int CROWD_SENDERS = 20;

  /** Event types the start-up receivers spread over. */
  static final int STARTUP_EVENTS = 10;

  private static final String MODEL = "io.signals4j.bench.model";

  private final Path root;
  private final String pkg;
  private final boolean peers;
  private final List<Path> written = new ArrayList<>();

  private ReceiverSourceWriter(Path outDir, String pkg, boolean peers) {
    this.root = outDir.resolve(pkg.replace('.', '/'));
    this.pkg = pkg;
    this.peers = peers;
  }

  /** Runs the writer; see the class comment for the arguments. */
  public static void main(String[] args) {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "usage: ReceiverSourceWriter <out dir> <package> <registry> [measured] [peers]"
              + " [crowd=N] [startup=N]");
    }
    boolean measured = false;
    boolean peers = false;
    int crowd = 0;
    int startup = 0;
    for (int i = 3; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("measured")) {
        measured = true;
      } else if (arg.equals("peers")) {
        peers = true;
      } else if (arg.startsWith("crowd=")) {
        crowd = Integer.parseInt(arg.substring("crowd=".length()));
      } else if (arg.startsWith("startup=")) {
        startup = Integer.parseInt(arg.substring("startup=".length()));
      } else {
        throw new IllegalArgumentException("unknown argument " + arg);
      }
    }
    write(Path.of(args[0]), args[1], args[2], measured, peers, crowd, startup);
  }

  /**
   * Writes a module's receivers and its {@code @SignalsApp} class naming the registry.
   *
   * @return the files written
   */
  public static List<Path> write(
      Path outDir,
      String pkg,
      String registry,
      boolean measured,
      boolean peers,
      int crowd,
      int startup) {
    ReceiverSourceWriter writer = new ReceiverSourceWriter(outDir, pkg, peers);
    writer.file("BenchmarkApp", "@io.signals4j.SignalsApp(registry = \"" + registry + "\")\n"
        + "public final class BenchmarkApp {}\n");
    if (measured) {
      writer.measured("OneReceivers", "One", 1);
      writer.measured("TenReceivers", "Ten", 10);
      writer.measured("HundredReceivers", "Hundred", 100);
    }
    if (crowd > 0) {
      writer.crowd(crowd);
    }
    if (startup > 0) {
      writer.startup(startup);
    }
    return List.copyOf(writer.written);
  }

  /** Receivers of one measured signal from {@code Checkout}, all in one class. */
  private void measured(String className, String signal, int count) {
    StringBuilder body = new StringBuilder();
    body.append("public class ").append(className).append(" {\n");
    for (int i = 0; i < count; i++) {
      body.append(annotations(MODEL + "." + signal, MODEL + ".Checkout"));
      body.append("  public void on").append(i).append('(').append(MODEL).append('.')
          .append(signal).append(" event) {\n")
          .append("    ").append(MODEL).append(".Sink.add(event.value());\n")
          .append("  }\n\n");
    }
    body.append("}\n");
    file(className, body.toString());
  }

  /**
   * Receivers that a measured send must never reach and should not slow down: most on other
   * signals, a tenth on each measured signal but from other senders, static and instance mixed.
   */
  private void crowd(int count) {
    for (int i = 0; i < CROWD_SIGNALS; i++) {
      file("Noise" + i, "public record Noise" + i + "(long value) {}\n");
    }
    for (int i = 0; i < CROWD_SENDERS; i++) {
      file("Sender" + i, "public final class Sender" + i + " {}\n");
    }
    for (int first = 0; first < count; first += METHODS_PER_CLASS) {
      String className = String.format("Crowd%05d", first / METHODS_PER_CLASS);
      StringBuilder body = new StringBuilder();
      body.append("public class ").append(className).append(" {\n");
      for (int k = first; k < Math.min(count, first + METHODS_PER_CLASS); k++) {
        String signal = switch (k % 10) {
          case 0 -> MODEL + ".One";
          case 1 -> MODEL + ".Ten";
          case 2 -> MODEL + ".Hundred";
          default -> "Noise" + (k % CROWD_SIGNALS);
        };
        String sender = "Sender" + (k % CROWD_SENDERS);
        body.append("  @io.signals4j.Receiver(signal = ").append(signal).append(".class, sender = ")
            .append(sender).append(".class)\n");
        body.append("  public ").append(k % 2 == 0 ? "static " : "").append("void on").append(k)
            .append('(').append(signal).append(" event) {\n")
            .append("    ").append(MODEL).append(".Sink.add(event.value());\n")
            .append("  }\n\n");
      }
      body.append("}\n");
      file(className, body.toString());
    }
  }

  /** Instance receivers for any sender, in classes that every framework can register. */
  private void startup(int count) {
    for (int i = 0; i < STARTUP_EVENTS; i++) {
      file("Started" + i, "public record Started" + i + "(long value) {}\n");
    }
    List<String> classes = new ArrayList<>();
    for (int first = 0; first < count; first += METHODS_PER_CLASS) {
      String className = String.format("Startup%03d", first / METHODS_PER_CLASS);
      classes.add(className);
      StringBuilder body = new StringBuilder();
      body.append("public class ").append(className).append(" {\n");
      for (int k = first; k < Math.min(count, first + METHODS_PER_CLASS); k++) {
        String signal = "Started" + (k % STARTUP_EVENTS);
        body.append(annotations(signal, null));
        body.append("  public void on").append(k).append('(').append(signal).append(" event) {\n")
            .append("    ").append(MODEL).append(".Sink.add(event.value());\n")
            .append("  }\n\n");
      }
      body.append("}\n");
      file(className, body.toString());
    }
    StringBuilder list = new StringBuilder();
    list.append("/** The start-up receiver classes, for frameworks that register objects. */\n")
        .append("public final class StartupClasses {\n")
        .append("  public static final Class<?>[] ALL = {\n");
    for (String className : classes) {
      list.append("    ").append(className).append(".class,\n");
    }
    list.append("  };\n\n")
        .append("  /** One new instance of each start-up receiver class. */\n")
        .append("  public static Object[] newInstances() {\n")
        .append("    return new Object[] {\n");
    for (String className : classes) {
      list.append("      new ").append(className).append("(),\n");
    }
    list.append("    };\n  }\n\n  private StartupClasses() {}\n}\n");
    file("StartupClasses", list.toString());
  }

  private String annotations(String signal, String sender) {
    StringBuilder text = new StringBuilder();
    text.append("  @io.signals4j.Receiver(signal = ").append(signal).append(".class");
    if (sender != null) {
      text.append(", sender = ").append(sender).append(".class");
    }
    text.append(")\n");
    if (peers) {
      text.append("  @com.google.common.eventbus.Subscribe\n")
          .append("  @com.google.common.eventbus.AllowConcurrentEvents\n")
          .append("  @org.greenrobot.eventbus.Subscribe\n")
          .append("  @org.springframework.context.event.EventListener\n");
    }
    return text.toString();
  }

  private void file(String className, String body) {
    Path path = root.resolve(className + ".java");
    String text = "// Written by " + ReceiverSourceWriter.class.getName() + "; do not edit.\n"
        + "package " + pkg + ";\n\n" + body;
    try {
      Files.createDirectories(root);
      Files.writeString(path, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written.add(path);
  }
}
