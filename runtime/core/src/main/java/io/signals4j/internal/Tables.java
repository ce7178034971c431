package io.signals4j.internal;

import io.signals4j.Phase;
import java.util.Arrays;

/**
 * The receiver and route tables of a generated registry, decoded; see {@link
 * AbstractGeneratedRegistry} for their format. Immutable once decoded.
 */
final class Tables {

  /** The sender index of a receiver or route for any sender. */
  static final int ANY = -1;

  private static final Phase[] PHASES = Phase.values();

  // By receiver id.
  final int[] signal;
  final int[] sender;
  final int[] order;
  final boolean[] subclasses;
  final String[] name;
  final String[] dispatchUid;
  final Phase[] phase;

  /** By signal id, and one past the last: signal s has the ids from [s] up to [s + 1]. */
  final int[] firstReceiver;

  // By route id.
  final int[] routeSignal;
  final int[] routeSender;
  final boolean[] straight;

  /** By signal id: the any-sender route. */
  final int[] anyRoute;

  /** By signal id: the sender indexes of its routes from a sender, ascending, and those routes. */
  private final int[][] routeSenders;
  private final int[][] routesBySender;

  private Tables(
      int[] signal,
      int[] sender,
      int[] order,
      boolean[] subclasses,
      String[] name,
      String[] dispatchUid,
      Phase[] phase,
      int[] routeSignal,
      int[] routeSender,
      boolean[] straight,
      int signals) {
    this.signal = signal;
    this.sender = sender;
    this.order = order;
    this.subclasses = subclasses;
    this.name = name;
    this.dispatchUid = dispatchUid;
    this.phase = phase;
    this.routeSignal = routeSignal;
    this.routeSender = routeSender;
    this.straight = straight;
    this.firstReceiver = new int[signals + 1];
    this.anyRoute = new int[signals];
    this.routeSenders = new int[signals][];
    this.routesBySender = new int[signals][];
  }

  /** The number of signals. */
  int signals() {
    return anyRoute.length;
  }

  /** The route of {@code signal} from the sender of type index {@code senderType}, or -1. */
  int routeFrom(int signal, int senderType) {
    int at = Arrays.binarySearch(routeSenders[signal], senderType);
    return at >= 0 ? routesBySender[signal][at] : -1;
  }

  /**
   * Receivers of {@code signal}, in id order: those that include subclasses, or else those of
   * {@code sender} and of any sender.
   */
  int[] select(int signal, int sender, boolean subclassesOnly) {
    int from = firstReceiver[signal];
    int to = firstReceiver[signal + 1];
    int[] ids = new int[to - from];
    int count = 0;
    for (int id = from; id < to; id++) {
      if (subclassesOnly ? subclasses[id] : this.sender[id] == ANY || this.sender[id] == sender) {
        ids[count++] = id;
      }
    }
    return Arrays.copyOf(ids, count);
  }

  /**
   * Decodes both tables.
   *
   * @throws IllegalStateException if either is malformed, naming the registry and the line
   */
  static Tables decode(String registry, String receiverTable, String routeTable) {
    // Every record ends with a line break, so there are at most as many records as line breaks,
    // and one more that is cut short and found malformed.
    int most = lineBreaks(receiverTable) + 1;
    int[] signal = new int[most];
    int[] sender = new int[most];
    int[] order = new int[most];
    boolean[] subclasses = new boolean[most];
    String[] name = new String[most];
    String[] dispatchUid = new String[most];
    Phase[] phase = new Phase[most];
    Reader receivers = new Reader(registry, "receiver", receiverTable);
    int count = 0;
    while (!receivers.atEnd()) {
      int id = count++;
      signal[id] = receivers.index();
      int previous = id == 0 ? -1 : signal[id - 1];
      if (signal[id] != previous && signal[id] != previous + 1) {
        throw receivers.malformed("signal " + signal[id] + " out of order");
      }
      receivers.space();
      sender[id] = receivers.senderIndex();
      receivers.space();
      order[id] = receivers.integer();
      receivers.space();
      name[id] = receivers.string();
      phase[id] = Phase.DURING_SEND;
      while (!receivers.endOfLine()) {
        receivers.space();
        String option = receivers.word();
        if (option.equals("subclasses")) {
          subclasses[id] = true;
        } else if (option.equals("uid=")) {
          dispatchUid[id] = receivers.string();
        } else {
          phase[id] = phase(option, receivers);
        }
      }
      receivers.newLine();
    }
    int routeCount = lineBreaks(routeTable);
    int signals = count == 0 ? 0 : signal[count - 1] + 1;
    Tables tables =
        new Tables(
            Arrays.copyOf(signal, count),
            Arrays.copyOf(sender, count),
            Arrays.copyOf(order, count),
            Arrays.copyOf(subclasses, count),
            Arrays.copyOf(name, count),
            Arrays.copyOf(dispatchUid, count),
            Arrays.copyOf(phase, count),
            new int[routeCount],
            new int[routeCount],
            new boolean[routeCount],
            signals);
    for (int id = count - 1; id >= 0; id--) {
      tables.firstReceiver[signal[id]] = id;
    }
    tables.firstReceiver[signals] = count;
    tables.decodeRoutes(new Reader(registry, "route", routeTable));
    return tables;
  }

  /** Route records hold no strings, so there is exactly one per line break. */
  private void decodeRoutes(Reader routes) {
    int signals = signals();
    int[] fromSender = new int[signals];
    Arrays.fill(anyRoute, -1);
    for (int route = 0; route < routeSignal.length; route++) {
      int signal = routes.index();
      if (signal >= signals) {
        throw routes.malformed("no signal " + signal);
      }
      routes.space();
      int sender = routes.senderIndex();
      if (!routes.endOfLine()) {
        routes.space();
        if (!routes.word().equals("straight")) {
          throw routes.malformed("expected straight");
        }
        straight[route] = true;
      }
      routeSignal[route] = signal;
      routeSender[route] = sender;
      if (sender == ANY) {
        if (anyRoute[signal] >= 0) {
          throw routes.malformed("a second any-sender route of signal " + signal);
        }
        anyRoute[signal] = route;
      } else {
        fromSender[signal]++;
      }
      routes.newLine();
    }
    if (!routes.atEnd()) {
      throw routes.malformed("expected the end of the table");
    }
    for (int s = 0; s < signals; s++) {
      if (anyRoute[s] < 0) {
        throw routes.malformed("no any-sender route of signal " + s);
      }
      routeSenders[s] = new int[fromSender[s]];
      routesBySender[s] = new int[fromSender[s]];
      fromSender[s] = 0;
    }
    for (int route = 0; route < routeSignal.length; route++) {
      int signal = routeSignal[route];
      if (routeSender[route] != ANY) {
        routeSenders[signal][fromSender[signal]] = routeSender[route];
        routesBySender[signal][fromSender[signal]++] = route;
      }
    }
    for (int s = 0; s < signals; s++) {
      sortBySender(routeSenders[s], routesBySender[s], routes);
    }
  }

  /** Insertion sort of a signal's routes by sender index: the table lists them by sender name. */
  private static void sortBySender(int[] senders, int[] routes, Reader table) {
    for (int i = 1; i < senders.length; i++) {
      int sender = senders[i];
      int route = routes[i];
      int j = i - 1;
      while (j >= 0 && senders[j] > sender) {
        senders[j + 1] = senders[j];
        routes[j + 1] = routes[j];
        j--;
      }
      if (j >= 0 && senders[j] == sender) {
        throw table.malformed("two routes of one signal from sender " + sender);
      }
      senders[j + 1] = sender;
      routes[j + 1] = route;
    }
  }

  private static Phase phase(String option, Reader table) {
    for (Phase phase : PHASES) {
      if (phase.name().equals(option)) {
        return phase;
      }
    }
    throw table.malformed("unknown option " + option);
  }

  private static int lineBreaks(String table) {
    int lines = 0;
    for (int i = 0; i < table.length(); i++) {
      if (table.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /** Reads one table, field by field, and says where it is malformed. */
  private static final class Reader {
    private final String registry;
    private final String table;
    private final String text;
    private int at;
    private int line = 1;

    Reader(String registry, String table, String text) {
      this.registry = registry;
      this.table = table;
      this.text = text;
    }

    int index() {
      int value = integer();
      if (value < 0) {
        throw malformed("negative index " + value);
      }
      return value;
    }

    int senderIndex() {
      if (at < text.length() && text.charAt(at) == '-'
          && (at + 1 == text.length() || !isDigit(text.charAt(at + 1)))) {
        at++;
        return ANY;
      }
      return index();
    }

    int integer() {
      int start = at;
      boolean negative = at < text.length() && text.charAt(at) == '-';
      if (negative) {
        at++;
      }
      long value = 0;
      while (at < text.length() && isDigit(text.charAt(at))) {
        value = value * 10 + (text.charAt(at++) - '0');
        if (value > (long) Integer.MAX_VALUE + 1) {
          throw malformed("number too large");
        }
      }
      if (at == start + (negative ? 1 : 0)) {
        throw malformed("expected a number");
      }
      long signed = negative ? -value : value;
      if (signed > Integer.MAX_VALUE) {
        throw malformed("number too large");
      }
      return (int) signed;
    }

    /** {@code length:chars}. */
    String string() {
      int length = index();
      if (at >= text.length() || text.charAt(at) != ':') {
        throw malformed("expected ':' after a length");
      }
      at++;
      if (length > text.length() - at) {
        throw malformed("a string longer than the table");
      }
      String value = text.substring(at, at + length);
      for (int i = at; i < at + length; i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      at += length;
      return value;
    }

    /** An option up to a space or a line break, or up to and with its '=' if it has one. */
    String word() {
      int start = at;
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == ' ' || c == '\n') {
          break;
        }
        at++;
        if (c == '=') {
          break;
        }
      }
      if (at == start) {
        throw malformed("expected an option");
      }
      return text.substring(start, at);
    }

    void space() {
      if (at >= text.length() || text.charAt(at) != ' ') {
        throw malformed("expected a space");
      }
      at++;
    }

    boolean atEnd() {
      return at == text.length();
    }

    boolean endOfLine() {
      if (at >= text.length()) {
        throw malformed("line not ended");
      }
      return text.charAt(at) == '\n';
    }

    void newLine() {
      if (!endOfLine()) {
        throw malformed("expected the end of the line");
      }
      at++;
      line++;
    }

    IllegalStateException malformed(String problem) {
      return new IllegalStateException(
          registry + " has a malformed " + table + " table, line " + line + ": " + problem);
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}
