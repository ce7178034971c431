package io.signals4j.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the receivers report, the answer to Django's classic "what is connected to this signal?",
 * as {@code META-INF/signals4j/<registry>.json} for tools and {@code .txt} for people (see {@link
 * #path(ClassName, String)} for registries with very long names). Where each receiver is declared
 * is the report's own data, kept by {@link SourceLocations}; the models know nothing of it.
 *
 * <p>The JSON is written by hand: it is a flat list of flat objects, and escaping strings takes a
 * dozen lines, which is less than a dependency.
 */
final class ReportWriter {

  private static final String DIRECTORY = "META-INF/signals4j/";

  private final RegistryModel model;
  private final List<SourceLocations.Location> locations;

  /** @param locations where the receivers are declared, remembered in the rounds that found them */
  ReportWriter(RegistryModel model, SourceLocations locations) {
    this.model = model;
    this.locations = model.receivers().stream().map(r -> locations.of(r.method())).toList();
  }

  /** The class-output resource path of the report with the given extension. */
  String path(String extension) {
    return path(model.name(), extension);
  }

  /**
   * {@code META-INF/signals4j/com.acme.AppSignals.json}; or, when that file name would pass the
   * {@value Limits#MAX_FILE_NAME_BYTES} bytes file systems allow (a long package),
   * {@code META-INF/signals4j/com/acme/AppSignals.json}, whose parts are no longer than the
   * registry's own directories and class file.
   */
  static String path(ClassName registry, String extension) {
    String flat = registry.canonicalName() + "." + extension;
    if (Limits.fitsFileName(flat)) {
      return DIRECTORY + flat;
    }
    String pkg = registry.packageName().replace('.', '/');
    return DIRECTORY + (pkg.isEmpty() ? "" : pkg + "/") + registry.simpleName() + "." + extension;
  }

  String json() {
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"registry\": ").append(string(model.name().canonicalName())).append(",\n");
    out.append("  \"receivers\": [");
    List<ReceiverModel> receivers = model.receivers();
    for (int id = 0; id < receivers.size(); id++) {
      ReceiverModel r = receivers.get(id);
      SourceLocations.Location location = locations.get(id);
      out.append(id == 0 ? "\n" : ",\n");
      out.append("    {\n");
      field(out, "id", String.valueOf(id));
      field(out, "name", string(r.displayName()));
      field(out, "signal", string(r.signalBinaryName()));
      field(out, "sender", r.sender() == null ? "null" : string(r.sender().reflectionName()));
      field(out, "includeSubclasses", String.valueOf(r.includeSubclasses()));
      field(out, "order", String.valueOf(r.order()));
      field(out, "dispatchUid", r.dispatchUid() == null ? "null" : string(r.dispatchUid()));
      field(out, "phase", string(r.phase()));
      field(out, "kind", string(r.kind().jsonName()));
      field(out, "declaredIn", string(r.owner().reflectionName()));
      field(out, "method", string(r.methodName() + "(" + String.join(", ", r.parameterTypes()) + ")"));
      field(out, "file", location.file() == null ? "null" : string(location.file()));
      String line = location.line() == 0 ? "null" : String.valueOf(location.line());
      out.append("      \"line\": ").append(line).append('\n');
      out.append("    }");
    }
    out.append(receivers.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return out.toString();
  }

  String text() {
    StringBuilder out = new StringBuilder();
    out.append("Receivers of ").append(model.name().canonicalName()).append(": ")
        .append(model.summary()).append(".\n");
    out.append("Grouped by signal, then by the sender they declare; in dispatch order within each.\n");
    Map<String, Map<String, List<Integer>>> bySignal = new LinkedHashMap<>();
    List<ReceiverModel> receivers = model.receivers();
    for (int id = 0; id < receivers.size(); id++) {
      ReceiverModel r = receivers.get(id);
      String sender =
          r.sender() == null
              ? " any sender"
              : "sender " + r.sender().reflectionName() + (r.includeSubclasses() ? " and subclasses" : "");
      bySignal
          .computeIfAbsent(r.signalBinaryName(), s -> new TreeMap<>())
          .computeIfAbsent(sender, s -> new ArrayList<>())
          .add(id);
    }
    Table table = new Table(receivers, locations);
    out.append('\n').append(table.header()).append('\n');
    for (Map.Entry<String, Map<String, List<Integer>>> signal : bySignal.entrySet()) {
      out.append('\n').append(signal.getKey()).append('\n');
      for (Map.Entry<String, List<Integer>> sender : signal.getValue().entrySet()) {
        out.append("  ").append(sender.getKey().strip()).append('\n');
        for (int id : sender.getValue()) {
          out.append(table.row(id)).append('\n');
        }
      }
    }
    return out.toString();
  }

  /**
   * The columns of the text report, each as wide as its longest cell so that they line up across
   * groups; an absent uid or location is written as {@code -}, so no column ever shifts.
   */
  private static final class Table {
    private static final String INDENT = "    ";
    private final List<ReceiverModel> receivers;
    private final List<SourceLocations.Location> locations;
    private final int id;
    private final int name;
    private final int kind;
    private final int order;
    private final int uid;
    private final int phase;

    Table(List<ReceiverModel> receivers, List<SourceLocations.Location> locations) {
      this.receivers = receivers;
      this.locations = locations;
      this.id = Math.max("id".length(), String.valueOf(Math.max(0, receivers.size() - 1)).length());
      this.name = widest("receiver", receivers.stream().map(ReceiverModel::displayName).toList());
      this.kind = widest("kind", receivers.stream().map(r -> r.kind().jsonName()).toList());
      this.order = widest("order", receivers.stream().map(r -> String.valueOf(r.order())).toList());
      this.uid = widest("uid", receivers.stream().map(Table::uid).toList());
      this.phase = widest("phase", receivers.stream().map(Table::phase).toList());
    }

    String header() {
      return line("id", "receiver", "kind", "order", "uid", "phase", "location");
    }

    String row(int index) {
      ReceiverModel r = receivers.get(index);
      SourceLocations.Location at = locations.get(index);
      String location = at.file() == null ? "-" : at.file() + (at.line() == 0 ? "" : ":" + at.line());
      return line(
          String.valueOf(index),
          r.displayName(),
          r.kind().jsonName(),
          String.valueOf(r.order()),
          uid(r),
          phase(r),
          location);
    }

    /** Numbers right-aligned, text left-aligned, two spaces between columns. */
    private String line(
        String idCell,
        String nameCell,
        String kindCell,
        String orderCell,
        String uidCell,
        String phaseCell,
        String location) {
      return INDENT
          + pad(idCell, id, true) + "  "
          + pad(nameCell, name, false) + "  "
          + pad(kindCell, kind, false) + "  "
          + pad(orderCell, order, true) + "  "
          + pad(uidCell, uid, false) + "  "
          + pad(phaseCell, phase, false) + "  "
          + location;
    }

    private static String uid(ReceiverModel r) {
      return r.dispatchUid() == null ? "-" : "'" + r.dispatchUid() + "'";
    }

    /** {@code during_send}, {@code after_commit}: as {@code ReceiverInfo.toString()} writes them. */
    private static String phase(ReceiverModel r) {
      return r.phase().toLowerCase(java.util.Locale.ROOT);
    }

    private static int widest(String header, List<String> cells) {
      return cells.stream().mapToInt(String::length).reduce(header.length(), Math::max);
    }

    private static String pad(String cell, int width, boolean right) {
      String padding = " ".repeat(Math.max(0, width - cell.length()));
      return right ? padding + cell : cell + padding;
    }
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append("      \"").append(name).append("\": ").append(value).append(",\n");
  }

  /** A JSON string literal (RFC 8259: quote, backslash and control characters escaped). */
  static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
