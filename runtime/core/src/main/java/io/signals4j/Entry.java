package io.signals4j;

import io.signals4j.internal.GeneratedRegistry;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Comparator;

/**
 * One receiver of one signal as the dispatcher holds it: a declared receiver of an installed
 * registry, or one connected at run time.
 */
abstract class Entry {

  /** What {@link #call} returns for a weak receiver whose owner has been collected. */
  static final Object GONE = new Object();

  /** Rank of connected receivers: after those of every installed registry at equal order. */
  static final int CONNECTED_RANK = Integer.MAX_VALUE;

  /**
   * Dispatch order: by declared order, then registries in install order before receivers
   * connected at run time, then each source's own sequence (receiver id, or connect order).
   * A class rather than a lambda: it is first used while an application starts, where linking a
   * lambda costs more than the comparison ever will; and a class of its own, loaded only when a
   * route mixes sources or the receivers are listed, which the first routes of an application
   * rarely do.
   */
  static final class DispatchOrder implements Comparator<Entry> {
    static final DispatchOrder INSTANCE = new DispatchOrder();

    private DispatchOrder() {}

    @Override
    public int compare(Entry a, Entry b) {
      int byOrder = Integer.compare(a.info().order(), b.info().order());
      if (byOrder != 0) {
        return byOrder;
      }
      int byRank = Integer.compare(a.rank, b.rank);
      return byRank != 0 ? byRank : Long.compare(a.sequence, b.sequence);
    }
  }

  /**
   * The order of the receivers of one registry: their ids, which the processor assigns in
   * dispatch order. Needs no description of the receivers.
   */
  static final class IdOrder implements Comparator<Entry> {
    static final IdOrder INSTANCE = new IdOrder();

    private IdOrder() {}

    @Override
    public int compare(Entry a, Entry b) {
      return Long.compare(a.sequence, b.sequence);
    }
  }

  /** Null for a declared receiver, which is described on first use. */
  private final ReceiverInfo info;

  final int rank;
  final long sequence;

  Entry(ReceiverInfo info, int rank, long sequence) {
    this.info = info;
    this.rank = rank;
    this.sequence = sequence;
  }

  /** The receiver's description. */
  ReceiverInfo info() {
    return info;
  }

  /** Whether the receiver is held weakly, and may be gone. */
  boolean isWeak() {
    return false;
  }

  /** Calls the receiver; returns its response, or {@link #GONE} if it no longer exists. */
  abstract Object call(Class<?> sender, Object payload) throws Exception;

  /** The object whose identity keys this entry when it has no dispatch uid; null if none. */
  Object receiver() {
    return null;
  }

  /** The owner of a weak receiver, or null. */
  Object owner() {
    return null;
  }

  /** Whether the receiver still exists: false only for weak receivers whose owner is gone. */
  boolean isLive() {
    return true;
  }

  /** A receiver declared with {@link Receiver} in an installed registry. */
  static final class Declared extends Entry {
    private final GeneratedRegistry registry;
    private final Object[] instances;
    private final int id;

    /**
     * Described on first use: a send through a generated route never needs the description, and
     * describing a thousand receivers is start-up time an application would pay for nothing.
     */
    private volatile ReceiverInfo described;

    Declared(Installation installation, int id) {
      super(null, installation.rank, id);
      this.registry = installation.registry;
      this.instances = installation.instances;
      this.id = id;
    }

    @Override
    ReceiverInfo info() {
      ReceiverInfo info = described;
      if (info == null) {
        // One description per entry, so that every caller sees the same object.
        synchronized (this) {
          info = described;
          if (info == null) {
            info = registry.describe(id);
            described = info;
          }
        }
      }
      return info;
    }

    @Override
    Object call(Class<?> sender, Object payload) throws Exception {
      return registry.invoke(id, instances, sender, payload);
    }
  }

  /** A receiver connected at run time, strongly or weakly. */
  abstract static class Connected extends Entry {
    private final Object receiver;
    private final Object key;

    /** Set under the signal's lock; read by later states, which are published after it. */
    private volatile boolean disconnected;

    Connected(ReceiverInfo info, long sequence, Object receiver, Object key) {
      super(info, CONNECTED_RANK, sequence);
      this.receiver = receiver;
      this.key = key;
    }

    /**
     * A connection held strongly, or weakly through {@code owner} if there is one. Made here
     * rather than by the signal, so that verifying {@link Signal} while an application starts
     * loads neither class.
     */
    static Connected of(
        ReceiverInfo info,
        long sequence,
        Object owner,
        Object receiver,
        Object key,
        ReferenceQueue<Object> collected) {
      return owner == null
          ? new Strong(info, sequence, receiver, key)
          : new Weak(info, sequence, owner, receiver, key, collected);
    }

    @Override
    final Object receiver() {
      return receiver;
    }

    /** What the signal files the connection under, to find it again. */
    final Object key() {
      return key;
    }

    final void disconnect() {
      disconnected = true;
    }

    /**
     * Marks a connection whose owner the garbage collector has taken.
     *
     * @return false if it was disconnected already
     */
    final boolean markGone() {
      if (disconnected) {
        return false;
      }
      disconnected = true;
      return true;
    }

    @Override
    boolean isLive() {
      return !disconnected;
    }
  }

  /** A {@link SignalReceiver} or {@link SignalResponder}, held strongly. */
  static final class Strong extends Connected {
    // Told apart once, here: a failed instanceof of an interface scans the class's interfaces on
    // every call (HotSpot caches only the hits), which cost a connected fire most of its time.
    private final SignalResponder<Object> responder;
    private final SignalReceiver<Object> plain;

    @SuppressWarnings("unchecked")
    Strong(ReceiverInfo info, long sequence, Object receiver, Object key) {
      super(info, sequence, receiver, key);
      this.responder = receiver instanceof SignalResponder<?> r ? (SignalResponder<Object>) r : null;
      this.plain = responder == null ? (SignalReceiver<Object>) receiver : null;
    }

    @Override
    Object call(Class<?> sender, Object payload) throws Exception {
      if (responder != null) {
        return responder.respond(payload, sender);
      }
      plain.receive(payload, sender);
      return null;
    }
  }

  /** A {@link WeakReceiver} or {@link WeakResponder}, whose owner is held weakly. */
  static final class Weak extends Connected {
    private final OwnerReference owner;
    // Told apart once, as in Strong.
    private final WeakResponder<Object, Object> responder;
    private final WeakReceiver<Object, Object> plain;

    @SuppressWarnings("unchecked")
    Weak(
        ReceiverInfo info,
        long sequence,
        Object owner,
        Object receiver,
        Object key,
        ReferenceQueue<Object> collected) {
      super(info, sequence, receiver, key);
      this.owner = new OwnerReference(owner, this, collected);
      this.responder =
          receiver instanceof WeakResponder<?, ?> r ? (WeakResponder<Object, Object>) r : null;
      this.plain = responder == null ? (WeakReceiver<Object, Object>) receiver : null;
    }

    @Override
    Object call(Class<?> sender, Object payload) throws Exception {
      Object live = owner.get();
      if (live == null) {
        return GONE;
      }
      if (responder != null) {
        return responder.respond(live, payload, sender);
      }
      plain.receive(live, payload, sender);
      return null;
    }

    @Override
    Object owner() {
      return owner.get();
    }

    @Override
    boolean isLive() {
      return super.isLive() && owner.get() != null;
    }

    @Override
    boolean isWeak() {
      return true;
    }
  }

  /**
   * The weak reference to a weak receiver's owner, which leads back to its entry once the garbage
   * collector has enqueued it, so that the signal can drop exactly that entry.
   */
  static final class OwnerReference extends WeakReference<Object> {
    /** A {@link Weak}, typed as its superclass for the same reason as {@link Connected#of}. */
    final Connected entry;

    OwnerReference(Object owner, Weak entry, ReferenceQueue<Object> collected) {
      super(owner, collected);
      this.entry = entry;
    }
  }
}
