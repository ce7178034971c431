package io.signals4j.it.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The statements Hibernate runs, summarised as verb and table ({@code select users}), so that the
 * demo can show which ones a step needed.
 */
public final class SqlLog implements StatementInspector {

  private static final long serialVersionUID = 1L;

  /** An ArrayList, not a List: a StatementInspector is Serializable, and so must its fields be. */
  private final ArrayList<String> statements = new ArrayList<>();

  @Override
  public synchronized String inspect(String sql) {
    statements.add(summary(sql));
    return sql;
  }

  /** Forgets what was run so far. */
  public synchronized void clear() {
    statements.clear();
  }

  /**
   * The statements run since the last {@link #clear()}.
   *
   * @return summaries such as {@code update users}, in order
   */
  public synchronized List<String> statements() {
    return List.copyOf(statements);
  }

  private static String summary(String sql) {
    String[] words = sql.trim().toLowerCase(Locale.ROOT).split("[\\s(]+");
    String verb = words[0];
    String before = switch (verb) {
      case "insert" -> "into";
      case "update" -> "update";
      default -> "from";
    };
    for (int i = 0; i < words.length - 1; i++) {
      if (words[i].equals(before)) {
        return verb + " " + words[i + 1];
      }
    }
    return verb;
  }
}
