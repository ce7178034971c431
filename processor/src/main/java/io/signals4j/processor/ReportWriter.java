package io.signals4j.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the receivers report, the answer to Django's classic "what is connected to this signal?",
 * as {@code META-INF/signals4j/<registry>.json} for tools and {@code .txt} for people.
 *
 * <p>The JSON is written by hand: it is a flat list of flat objects, and escaping strings takes a
 * dozen lines, which is less than a dependency.
 */
final class ReportWriter {

  private final RegistryModel model;

  ReportWriter(RegistryModel model) {
    this.model = model;
  }

  /** The class-output resource path of the report with the given extension. */
  String path(String extension) {
    return "META-INF/signals4j/" + model.name().canonicalName() + "." + extension;
  }

  String json() {
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"registry\": ").append(string(model.name().canonicalName())).append(",\n");
    out.append("  \"receivers\": [");
    List<ReceiverModel> receivers = model.receivers();
    for (int id = 0; id < receivers.size(); id++) {
      ReceiverModel r = receivers.get(id);
      out.append(id == 0 ? "\n" : ",\n");
      out.append("    {\n");
      field(out, "id", String.valueOf(id));
      field(out, "name", string(r.displayName()));
      field(out, "signal", string(r.signalBinaryName()));
      field(out, "sender", r.sender() == null ? "null" : string(r.sender().reflectionName()));
      field(out, "includeSubclasses", String.valueOf(r.includeSubclasses()));
      field(out, "order", String.valueOf(r.order()));
      field(out, "dispatchUid", r.dispatchUid() == null ? "null" : string(r.dispatchUid()));
      field(out, "kind", string(r.kind().jsonName()));
      field(out, "declaredIn", string(r.owner().reflectionName()));
      field(out, "method", string(r.methodName() + "(" + String.join(", ", r.parameterTypes()) + ")"));
      field(out, "file", r.sourceFile() == null ? "null" : string(r.sourceFile()));
      out.append("      \"line\": ").append(r.line() == 0 ? "null" : String.valueOf(r.line())).append('\n');
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
    int width = receivers.stream().mapToInt(r -> r.displayName().length()).max().orElse(0);
    for (Map.Entry<String, Map<String, List<Integer>>> signal : bySignal.entrySet()) {
      out.append('\n').append(signal.getKey()).append('\n');
      for (Map.Entry<String, List<Integer>> sender : signal.getValue().entrySet()) {
        out.append("  ").append(sender.getKey().strip()).append('\n');
        for (int id : sender.getValue()) {
          ReceiverModel r = receivers.get(id);
          StringBuilder line = new StringBuilder("    ");
          line.append(String.format("%5d  ", id));
          line.append(r.displayName()).append(" ".repeat(width - r.displayName().length()));
          line.append("  ").append(String.format("%-8s", r.kind().jsonName()));
          if (r.order() != 0) {
            line.append("  order ").append(r.order());
          }
          if (r.dispatchUid() != null) {
            line.append("  uid '").append(r.dispatchUid()).append('\'');
          }
          if (r.sourceFile() != null) {
            line.append("  ").append(r.sourceFile()).append(r.line() == 0 ? "" : ":" + r.line());
          }
          out.append(line.toString().stripTrailing()).append('\n');
        }
      }
    }
    return out.toString();
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
