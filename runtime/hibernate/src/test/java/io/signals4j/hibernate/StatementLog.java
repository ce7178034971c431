package io.signals4j.hibernate;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Every SQL statement a factory prepares, for tests that claim "no extra statement". */
final class StatementLog implements StatementInspector {

  private static final long serialVersionUID = 1L;

  private final CopyOnWriteArrayList<String> statements = new CopyOnWriteArrayList<>();

  @Override
  public String inspect(String sql) {
    statements.add(sql.toLowerCase(Locale.ROOT));
    return sql;
  }

  void clear() {
    statements.clear();
  }

  /** The statements that write: inserts, updates and deletes, each shortened to its table. */
  List<String> writes() {
    return statements.stream()
        .filter(s -> s.startsWith("insert") || s.startsWith("update") || s.startsWith("delete"))
        .map(StatementLog::shorten)
        .toList();
  }

  List<String> all() {
    return List.copyOf(statements);
  }

  private static String shorten(String sql) {
    String[] words = sql.split("\\s+");
    String verb = words[0];
    String table = verb.equals("update") ? words[1] : words[2];
    return verb + " " + table;
  }
}
