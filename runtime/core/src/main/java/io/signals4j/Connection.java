package io.signals4j;

/**
 * One receiver connected to one signal, as {@link Signal#connect} returns it: the handle that
 * disconnects exactly that connection, whatever its sender, uid or owner.
 *
 * <pre>{@code
 * Connection audit = signal.connect((order, sender) -> { log.add(order); });
 * ...
 * audit.disconnect();
 * }</pre>
 *
 * <p>Also {@link AutoCloseable}, for a receiver that should live as long as a block:
 *
 * <pre>{@code
 * try (Connection spy = signal.connect((order, sender) -> { seen.add(order); })) {
 *   checkout.placeOrder();
 * }
 * }</pre>
 *
 * <p>When the connect found an equal receiver already connected (same receiver and sender, or same
 * dispatch uid and sender), the handle stands for that one and {@link #isNew()} is false: as in
 * Django, connecting twice connects once, and disconnecting through either handle disconnects it.
 */
public final class Connection implements AutoCloseable {

  private final Signal<?> signal;
  private final Entry entry;
  private final boolean isNew;

  Connection(Signal<?> signal, Entry entry, boolean isNew) {
    this.signal = signal;
    this.entry = entry;
    this.isNew = isNew;
  }

  /**
   * The receiver this handle stands for.
   *
   * @return its description, the same one {@link Signal#receivers()} lists
   */
  public ReceiverInfo receiver() {
    return entry.info();
  }

  /**
   * Whether the connect added the receiver, rather than finding an equal one connected already.
   *
   * @return true if this connect added it, false if it found it connected
   */
  public boolean isNew() {
    return isNew;
  }

  /**
   * Whether the receiver is still connected.
   *
   * @return false once it was disconnected through any handle, or, if weak, once its owner was
   *     collected
   */
  public boolean isConnected() {
    return signal.isConnected(entry);
  }

  /**
   * Disconnects the receiver; doing it again does nothing.
   *
   * @return true if it was connected until now
   */
  public boolean disconnect() {
    return signal.disconnect(entry);
  }

  /** Same as {@link #disconnect()}. */
  @Override
  public void close() {
    disconnect();
  }

  @Override
  public String toString() {
    return "Connection(" + entry.info().name() + " on " + signal.type().getName() + ")";
  }
}
