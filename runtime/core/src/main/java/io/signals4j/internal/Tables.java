package io.signals4j.internal;

import io.signals4j.Phase;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The receiver and route tables of a generated registry, decoded; see {@link
 * AbstractGeneratedRegistry} for their format. Immutable once decoded.
 *
 * <p>Decoding runs once, usually at start-up, before the JIT has compiled anything, where every
 * call and every loop over characters is interpreted. So it reads each line once, skips names by
 * their length, and reads the table's ISO 8859-1 bytes: one array copy for the usual table, and an
 * array the interpreter indexes in one instruction where {@code String.charAt} costs a few calls.
 * A character outside ISO 8859-1 becomes {@code ?}, so that positions stay those of the
 * characters; such characters occur only in names and dispatch uids, which are cut out of the
 * table itself, and only when a receiver is described.
 */
final class Tables {

  /** The sender index of a receiver or route for any sender. */
  static final int ANY = -1;

  /** The shortest receiver line, {@code 0 - 0 0:}, and its line break. */
  private static final int SHORTEST_RECEIVER = 9;

  /** The shortest route line, {@code 0 -}, and its line break. */
  private static final int SHORTEST_ROUTE = 4;

  private static final Phase[] PHASES = Phase.values();

  /** The receiver table, out of which names and dispatch uids are cut. */
  private final String receiverTable;

  // By receiver id.
  final int[] signal;
  final int[] sender;
  final int[] order;
  final boolean[] subclasses;
  final Phase[] phase;
  private final int[] nameAt;
  private final int[] nameLength;
  /** Where the dispatch uid starts, or -1 for none. */
  private final int[] uidAt;
  private final int[] uidLength;

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

  /**
   * Decodes both tables.
   *
   * @throws IllegalStateException if either is malformed, naming the registry, the table and the
   *     line
   */
  Tables(String registry, String[] receiverTable, String[] routeTable) {
    this.receiverTable = join(receiverTable);
    byte[] receiverBytes = bytes(this.receiverTable);
    int most = receiverBytes.length / SHORTEST_RECEIVER + 1;
    int[] signal = new int[most];
    int[] sender = new int[most];
    int[] order = new int[most];
    boolean[] subclasses = new boolean[most];
    Phase[] phase = new Phase[most];
    int[] nameAt = new int[most];
    int[] nameLength = new int[most];
    int[] uidAt = new int[most];
    int[] uidLength = new int[most];
    Reader receivers = new Reader(registry, "receiver", receiverBytes);
    int count = 0;
    while (!receivers.atEnd()) {
      int id = count++;
      signal[id] = receivers.field(Reader.INDEX);
      int previous = id == 0 ? -1 : signal[id - 1];
      if (signal[id] != previous && signal[id] != previous + 1) {
        throw receivers.malformed("signal " + signal[id] + " out of order");
      }
      sender[id] = receivers.field(Reader.SENDER);
      order[id] = receivers.field(Reader.NUMBER);
      nameAt[id] = receivers.string();
      nameLength[id] = receivers.stringLength;
      phase[id] = Phase.DURING_SEND;
      uidAt[id] = -1;
      while (receivers.option()) {
        String option = receivers.word();
        if (option.equals("subclasses")) {
          subclasses[id] = true;
        } else if (option.equals("uid=")) {
          uidAt[id] = receivers.string();
          uidLength[id] = receivers.stringLength;
        } else {
          phase[id] = phase(option, receivers);
        }
      }
    }
    this.signal = Arrays.copyOf(signal, count);
    this.sender = Arrays.copyOf(sender, count);
    this.order = Arrays.copyOf(order, count);
    this.subclasses = Arrays.copyOf(subclasses, count);
    this.phase = Arrays.copyOf(phase, count);
    this.nameAt = Arrays.copyOf(nameAt, count);
    this.nameLength = Arrays.copyOf(nameLength, count);
    this.uidAt = Arrays.copyOf(uidAt, count);
    this.uidLength = Arrays.copyOf(uidLength, count);
    int signals = count == 0 ? 0 : signal[count - 1] + 1;
    this.firstReceiver = new int[signals + 1];
    for (int id = count - 1; id >= 0; id--) {
      firstReceiver[signal[id]] = id;
    }
    firstReceiver[signals] = count;

    byte[] routeBytes = bytes(join(routeTable));
    Reader routes = new Reader(registry, "route", routeBytes);
    int mostRoutes = routeBytes.length / SHORTEST_ROUTE + 1;
    int[] routeSignal = new int[mostRoutes];
    int[] routeSender = new int[mostRoutes];
    boolean[] straight = new boolean[mostRoutes];
    this.anyRoute = new int[signals];
    Arrays.fill(anyRoute, -1);
    int[] fromSender = new int[signals];
    int routeCount = 0;
    while (!routes.atEnd()) {
      int route = routeCount++;
      routeSignal[route] = routes.field(Reader.INDEX);
      if (routeSignal[route] >= signals) {
        throw routes.malformed("no signal " + routeSignal[route]);
      }
      routeSender[route] = routes.last(Reader.SENDER);
      if (routeSender[route] != ANY) {
        fromSender[routeSignal[route]]++;
      } else if (anyRoute[routeSignal[route]] >= 0) {
        throw routes.malformed("a second any-sender route of signal " + routeSignal[route]);
      } else {
        anyRoute[routeSignal[route]] = route;
      }
      if (routes.option()) {
        if (!routes.word().equals("straight") || routes.option()) {
          throw routes.malformed("expected straight");
        }
        straight[route] = true;
      }
    }
    this.routeSignal = Arrays.copyOf(routeSignal, routeCount);
    this.routeSender = Arrays.copyOf(routeSender, routeCount);
    this.straight = Arrays.copyOf(straight, routeCount);
    this.routeSenders = new int[signals][];
    this.routesBySender = new int[signals][];
    for (int s = 0; s < signals; s++) {
      if (anyRoute[s] < 0) {
        throw routes.malformed("no any-sender route of signal " + s);
      }
      routeSenders[s] = new int[fromSender[s]];
      routesBySender[s] = new int[fromSender[s]];
      fromSender[s] = 0;
    }
    for (int route = 0; route < routeCount; route++) {
      int s = routeSignal[route];
      if (routeSender[route] != ANY) {
        routeSenders[s][fromSender[s]] = routeSender[route];
        routesBySender[s][fromSender[s]++] = route;
      }
    }
    for (int s = 0; s < signals; s++) {
      sortBySender(routeSenders[s], routesBySender[s], routes);
    }
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

  String name(int id) {
    return receiverTable.substring(nameAt[id], nameAt[id] + nameLength[id]);
  }

  /** The dispatch uid, or null for none. */
  String dispatchUid(int id) {
    return uidAt[id] < 0 ? null : receiverTable.substring(uidAt[id], uidAt[id] + uidLength[id]);
  }

  /** A byte per character of {@code table}, its own for ISO 8859-1, {@code ?} for the others. */
  private static byte[] bytes(String table) {
    byte[] bytes = table.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length == table.length()) {
      return bytes;
    }
    // A surrogate pair was encoded as one '?': go character by character.
    bytes = new byte[table.length()];
    for (int i = 0; i < bytes.length; i++) {
      char c = table.charAt(i);
      bytes[i] = c <= 0xFF ? (byte) c : (byte) '?';
    }
    return bytes;
  }

  /** The parts of a table, one after the other. */
  private static String join(String[] parts) {
    if (parts.length == 1) {
      return parts[0];
    }
    int length = 0;
    for (String part : parts) {
      length += part.length();
    }
    StringBuilder joined = new StringBuilder(length);
    for (String part : parts) {
      joined.append(part);
    }
    return joined.toString();
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

  /**
   * Reads one table, field by field, and says where it is malformed. A field and the space after
   * it are one call, and a line costs a handful in all: the interpreter, which runs this, pays
   * for every call.
   */
  private static final class Reader {
    /** Kinds of number: an index, an index or {@code -} for any sender, any decimal number. */
    static final int INDEX = 0;

    static final int SENDER = 1;

    static final int NUMBER = 2;

    private final String registry;
    private final String table;
    private final byte[] text;
    private int at;

    /** The length of the string {@link #string()} read last. */
    int stringLength;

    Reader(String registry, String table, byte[] text) {
      this.registry = registry;
      this.table = table;
      this.text = text;
    }

    /** A number of {@code kind}, and the space after it. */
    int field(int kind) {
      int value = last(kind);
      if (at >= text.length || text[at] != ' ') {
        throw malformed("expected a space");
      }
      at++;
      return value;
    }

    /**
     * A number of {@code kind}, leaving the reader on what follows it; {@link #ANY} for the {@code
     * -} of a {@link #SENDER}.
     */
    int last(int kind) {
      int start = at;
      boolean negative = at < text.length && text[at] == '-';
      if (negative) {
        at++;
      }
      long value = 0;
      byte c;
      while (at < text.length && (c = text[at]) >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        at++;
        if (value > (long) Integer.MAX_VALUE + 1) {
          throw malformed("number too large");
        }
      }
      if (negative && at == start + 1 && kind == SENDER) {
        return ANY;
      }
      if (at == start + (negative ? 1 : 0)) {
        throw malformed("expected a number");
      }
      if (negative && kind != NUMBER) {
        throw malformed("negative index -" + value);
      }
      long signed = negative ? -value : value;
      if (signed > Integer.MAX_VALUE) {
        throw malformed("number too large");
      }
      return (int) signed;
    }

    /**
     * A {@code length:chars} string, skipped: answers where its characters start and leaves its
     * length in {@link #stringLength}.
     */
    int string() {
      int length = last(INDEX);
      if (at >= text.length || text[at] != ':') {
        throw malformed("expected ':' after a length");
      }
      at++;
      if (length > text.length - at) {
        throw malformed("a string longer than the table");
      }
      int start = at;
      at += length;
      stringLength = length;
      return start;
    }

    /**
     * After a field: true, past the space, if an option follows; false, past the line break, if
     * the line ends.
     */
    boolean option() {
      if (at < text.length) {
        byte c = text[at++];
        if (c == ' ') {
          return true;
        }
        if (c == '\n') {
          return false;
        }
        at--;
      }
      throw malformed(at >= text.length ? "line not ended" : "expected a space or a line break");
    }

    /** An option up to a space or a line break, or up to and with its '=' if it has one. */
    String word() {
      int start = at;
      while (at < text.length) {
        byte c = text[at];
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
      return new String(text, start, at - start, StandardCharsets.ISO_8859_1);
    }

    boolean atEnd() {
      return at == text.length;
    }

    /**
     * The failure, with the line it is on; a line is counted from the line breaks before it,
     * which may be in names, as the processor wrote them.
     */
    IllegalStateException malformed(String problem) {
      int line = 1;
      for (int i = 0; i < Math.min(at, text.length); i++) {
        if (text[i] == '\n') {
          line++;
        }
      }
      return new IllegalStateException(
          registry + " has a malformed " + table + " table, line " + line + ": " + problem);
    }
  }
}
