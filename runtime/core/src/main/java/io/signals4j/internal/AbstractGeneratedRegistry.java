package io.signals4j.internal;

import io.signals4j.ReceiverInfo;
import java.util.Arrays;
import java.util.Objects;

/**
 * What every generated registry has in common, answered from two tables that the registry writes
 * as data rather than as code: a line per receiver and a line per route. A generated registry
 * extends this class and writes as code only what must be code: finding a class among its own
 * without loading the others ({@link #typeIndex}), its class literals ({@link #types}), calling
 * receivers ({@link #invoke}, {@link #fire}) and creating their instances ({@link
 * #createInstances}).
 *
 * <p>Types are referred to by their index in {@link #types()}: the signals first, in signal-id
 * order, so that a signal's index is its id, then the senders that are not signals.
 *
 * <p><b>The receiver table</b> ({@link #receiverTable()}) holds one line per receiver, in id
 * order, the receivers of each signal together and the signals in id order:
 *
 * <pre>{@code
 * signal sender order name [subclasses] [uid=dispatchUid] [PHASE]
 * 0 - 0 25:Mailer.send(Notification)
 * 1 3 -1 37:ModelReceivers.audit(PostSave, Class) subclasses uid=5:audit AFTER_COMMIT
 * }</pre>
 *
 * {@code signal} and {@code sender} are type indexes, {@code -} for any sender; {@code order} is
 * the declared order; the name and the dispatch uid are written as their length in {@code char}s,
 * a colon and the characters, so that they may hold any character, spaces and line breaks
 * included; the phase, when it is not {@code DURING_SEND}, is the name of an {@link
 * io.signals4j.Phase}. Fields are separated by one space; each line ends with {@code \n}.
 *
 * <p><b>The route table</b> ({@link #routeTable()}) holds one line per route, in route-id order:
 * {@code signal sender}, with {@code -} for the signal's any-sender route, then {@code straight}
 * for a route that {@link #fire} calls in a straight-line method. Each signal has exactly one
 * any-sender route; a route from a sender reaches the receivers of that sender and those of any
 * sender.
 *
 * <p>Both tables are decoded together the first time they are needed, in time linear in their
 * length (about 1.5 ms for 1,000 receivers in a fresh JVM); the types are resolved the first time
 * a receiver is described, which a send through a straight-line route never needs. Installing a
 * registry does neither, and once the runtime has resolved a route, which it caches, a send asks
 * the tables nothing.
 */
@UsedByGeneratedCode
public abstract class AbstractGeneratedRegistry implements GeneratedRegistry {

  /** What {@link #typeIndex} answers for a class that is none of this registry's types. */
  @UsedByGeneratedCode
  protected static final int NO_TYPE = -1;

  private final String name;

  /** Decoded on first use; see {@link #tables()}. */
  private volatile Tables tables;

  /** Resolved on first use; see {@link #resolvedTypes()}. */
  private volatile Class<?>[] types;

  /**
   * Creates the registry's one instance.
   *
   * @param name the fully qualified name of the registry class, which {@link #name()} answers
   * @throws NullPointerException if {@code name} is null
   */
  @UsedByGeneratedCode
  protected AbstractGeneratedRegistry(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * The index in {@link #types()} of {@code type}, found by its name and confirmed by identity,
   * so that no other class is loaded and a namesake from another class loader is not taken for it.
   *
   * @param type a class; never null
   * @return its index, or {@link #NO_TYPE} if it is none of this registry's signals and senders
   */
  @UsedByGeneratedCode
  protected abstract int typeIndex(Class<?> type);

  /**
   * The signal and sender types of this registry, by index.
   *
   * @return a fresh array: the signals in id order, then the senders that are not signals
   */
  @UsedByGeneratedCode
  protected abstract Class<?>[] types();

  /**
   * The receiver table, in the format described on this class.
   *
   * @return the table in consecutive parts, which together are the table: a class file holds a
   *     string constant of at most 65,535 bytes
   */
  @UsedByGeneratedCode
  protected abstract String[] receiverTable();

  /**
   * The route table, in the format described on this class.
   *
   * @return the table in consecutive parts, as for {@link #receiverTable()}
   */
  @UsedByGeneratedCode
  protected abstract String[] routeTable();

  /**
   * The exception for an id this registry does not have, which every generated {@code switch}
   * throws from its default case.
   *
   * @param registry the registry's name
   * @param what what the id is for: {@code "route"}, {@code "receiver"}, ...
   * @param id the id
   * @return an exception to throw, naming the registry, what and the id
   */
  @UsedByGeneratedCode
  protected static IllegalArgumentException noSuch(String registry, String what, int id) {
    return new IllegalArgumentException(registry + " has no " + what + " " + id);
  }

  /** The name given to the constructor: the registry class's fully qualified name. */
  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Class<?>[] signalTypes() {
    return Arrays.copyOf(resolvedTypes(), tables().signals());
  }

  @Override
  public final int signalId(Class<?> signalType) {
    int index = typeIndex(signalType);
    return index >= 0 && index < tables().signals() ? index : NO_SIGNAL;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if this registry has no signal {@code signalId}
   */
  @Override
  public final int route(int signalId, Class<?> sender) {
    Tables decoded = tables();
    if (signalId < 0 || signalId >= decoded.signals()) {
      throw noSuch(name, "signal", signalId);
    }
    if (sender != null) {
      int senderType = typeIndex(sender);
      if (senderType >= 0) {
        int route = decoded.routeFrom(signalId, senderType);
        if (route >= 0) {
          return route;
        }
      }
    }
    return decoded.anyRoute[signalId];
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if this registry has no route {@code route}
   */
  @Override
  public final int[] receivers(int route) {
    Tables decoded = tables();
    if (route < 0 || route >= decoded.routeSignal.length) {
      throw noSuch(name, "route", route);
    }
    return decoded.select(decoded.routeSignal[route], decoded.routeSender[route], false);
  }

  @Override
  public final boolean firesRoute(int route) {
    Tables decoded = tables();
    return route >= 0 && route < decoded.straight.length && decoded.straight[route];
  }

  @Override
  public final int[] allReceivers(int signalId) {
    Tables decoded = tables();
    if (signalId < 0 || signalId >= decoded.signals()) {
      return new int[0];
    }
    int from = decoded.firstReceiver[signalId];
    int[] ids = new int[decoded.firstReceiver[signalId + 1] - from];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = from + i;
    }
    return ids;
  }

  @Override
  public final int[] subclassReceivers(int signalId) {
    Tables decoded = tables();
    if (signalId < 0 || signalId >= decoded.signals()) {
      return new int[0];
    }
    return decoded.select(signalId, Tables.ANY, true);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if this registry has no receiver {@code receiverId}
   */
  @Override
  public final ReceiverInfo describe(int receiverId) {
    Tables decoded = tables();
    if (receiverId < 0 || receiverId >= decoded.sender.length) {
      throw noSuch(name, "receiver", receiverId);
    }
    Class<?>[] resolved = resolvedTypes();
    int sender = decoded.sender[receiverId];
    return ReceiverInfo.declared(
        decoded.name(receiverId),
        resolved[decoded.signal[receiverId]],
        sender == Tables.ANY ? null : resolved[sender],
        decoded.subclasses[receiverId],
        decoded.order[receiverId],
        decoded.dispatchUid(receiverId),
        decoded.phase[receiverId],
        name);
  }

  private Tables tables() {
    Tables decoded = tables;
    if (decoded == null) {
      synchronized (this) {
        decoded = tables;
        if (decoded == null) {
          decoded = new Tables(name, receiverTable(), routeTable());
          tables = decoded;
        }
      }
    }
    return decoded;
  }

  private Class<?>[] resolvedTypes() {
    Class<?>[] resolved = types;
    if (resolved == null) {
      // Idempotent: two threads that race resolve the same classes.
      resolved = types();
      types = resolved;
    }
    return resolved;
  }
}
