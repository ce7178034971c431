package io.signals4j.processor;

/**
 * Bounds on the size of generated code, each with the reason it exists.
 *
 * <p>Generated methods are cut by construction, never by measuring what was written, and all in
 * one way ({@link Split}): a method holds at most so many items (cases of a switch, calls of a
 * route, statements filling an array), {@link #MAX_CASES_PER_SWITCH} unless a limit below says
 * otherwise; past that, the items go into chunk methods that a method above calls or reaches by
 * {@code switch (id / unit)}, and the chunks into nested classes of {@link #MAX_ITEMS_PER_CLASS}
 * items. What can be data rather than code (the receivers' descriptions, the routes) is written as
 * tables, strings of at most {@link #MAX_STRING_CONSTANT_CHARS}. {@code LargeRegistryTest} reads
 * the class files generated for 10,000 receivers and checks the bounds below hold.
 */
final class Limits {

  /**
   * HotSpot does not JIT-compile a method whose bytecode is longer than 8000 bytes (unless the
   * application runs with {@code -XX:-DontCompileHugeMethods}); such a method stays interpreted,
   * tens of times slower. No generated method may reach it.
   */
  static final int HUGE_METHOD_BYTES = 8000;

  /**
   * javac refuses a method whose code is longer than 65,535 bytes ("code too large"). We stay an
   * order of magnitude below it through {@link #HUGE_METHOD_BYTES}; this is the hard wall behind it.
   */
  static final int MAX_METHOD_BYTES = 65_535;

  /**
   * A class file holds at most 65,535 constant-pool entries. Every receiver a class calls costs a
   * class literal, a method reference and a name string (about eight entries), so the methods
   * below the registry's own are spread over nested classes of {@link #MAX_ITEMS_PER_CLASS} items.
   */
  static final int MAX_CONSTANT_POOL_ENTRIES = 65_535;

  /**
   * Items in one generated method: cases of a {@code switch}, statements that fill an array,
   * calls to the methods below. A case of {@code invoke} compiles to 20 to 40 bytes, so 100 cases
   * stay near 4000 bytes, half the {@link #HUGE_METHOD_BYTES} limit, with room for long generic
   * casts; a statement that fills an array compiles to 8. Dagger uses the same number for the
   * same reason. Tests lower it with the processor option {@value
   * SignalsProcessor#MAX_CASES_OPTION} to exercise the cutting.
   */
  static final int MAX_CASES_PER_SWITCH = 100;

  /**
   * Items in the methods of one nested class: each names at most a receiver method, its class and
   * a cast (about eight constant-pool entries), so 1,000 stay near 8,000 entries, an eighth of
   * {@link #MAX_CONSTANT_POOL_ENTRIES}: ten chunks of {@link #MAX_CASES_PER_SWITCH} cases, or
   * about thirty straight-line routes of {@link #MAX_ROUTE_METHOD_RECEIVERS} receivers.
   */
  static final int MAX_ITEMS_PER_CLASS = 1_000;

  /**
   * Longest string constant we write. The class-file limit is 65,535 bytes of modified UTF-8,
   * where a {@code char} takes up to three bytes, so 16,000 {@code char}s stay below it whatever
   * the receivers' names and dispatch uids hold.
   */
  static final int MAX_STRING_CONSTANT_CHARS = 16_000;

  /**
   * Methods in one package dispatcher class: each costs about six constant-pool entries, so 1,000
   * stay far below {@link #MAX_CONSTANT_POOL_ENTRIES}.
   */
  static final int MAX_METHODS_PER_DISPATCHER = 1_000;

  /**
   * Cases in one {@code switch} of {@code fire}, the send's hot path. HotSpot inlines a hot method
   * only below 325 bytes of bytecode ({@code FreqInlineSize}); a case that calls a route method
   * compiles to about 12 bytes, so 16 cases keep each level of the switch inlinable and a send
   * pays no call between the sender and its receivers.
   */
  static final int MAX_ROUTES_PER_FIRE_SWITCH = 16;

  /**
   * Receivers called from one straight-line method. A call compiles to 7 to 25 bytes (setting
   * {@code receiver} for the failure report, the casts, the instance load, the invoke), so 32 calls
   * stay near 650 bytes, far below {@link #HUGE_METHOD_BYTES}, and a chunk's own call costs a
   * thirty-second of a receiver's. A longer route is cut into chunk methods of this many calls
   * that its route method calls in order (and, past this many chunks, into chunks of chunks); a
   * short route, the common case, keeps one method small enough ({@code FreqInlineSize}, 325
   * bytes, at about 16 calls) for {@code fire} to inline it. Tests lower it with {@value
   * SignalsProcessor#MAX_CASES_OPTION}, as they lower {@link #MAX_CASES_PER_SWITCH}.
   */
  static final int MAX_ROUTE_METHOD_RECEIVERS = 32;

  /**
   * Calls written into route methods for the whole module, as a multiple of its receivers. A
   * receiver for any sender is on the route of every sender its signal names, so straight-line
   * routes could grow with senders times receivers; this bound keeps the generated code, and the
   * time javac spends on it, a small multiple of the module's own. Routes past it are fired
   * through {@code invoke}. The calls to chunks of long routes are not counted: there is one per
   * {@link #MAX_ROUTE_METHOD_RECEIVERS} receivers, and one more per as many chunks.
   */
  static final int ROUTE_CALLS_PER_RECEIVER = 3;

  /**
   * Longest file name, in bytes, that common file systems accept (ext4, APFS, NTFS and most
   * others: 255). javac names class files after the class, nested ones after every class they are
   * nested in ({@code AppSignals$ReceiverTable0.class}), so a registry's simple name is bounded
   * by what its longest file adds to it; the receivers report moves into package directories
   * rather than pass it.
   */
  static final int MAX_FILE_NAME_BYTES = 255;

  /** Whether {@code name} is short enough to be a file name; see {@link #MAX_FILE_NAME_BYTES}. */
  static boolean fitsFileName(String name) {
    return name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_FILE_NAME_BYTES;
  }

  private Limits() {}
}
