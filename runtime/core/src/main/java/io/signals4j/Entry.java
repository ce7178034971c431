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
   * lambda costs more than the comparison ever will.
   */
  static final Comparator<Entry> DISPATCH_ORDER =
      new Comparator<>() {
        @Override
        public int compare(Entry a, Entry b) {
          int byOrder = Integer.compare(a.info().order(), b.info().order());
          if (byOrder != 0) {
            return byOrder;
          }
          int byRank = Integer.compare(a.rank, b.rank);
          return byRank != 0 ? byRank : Long.compare(a.sequence, b.sequence);
        }
      };

  /**
   * The order of the receivers of one registry: their ids, which the processor assigns in
   * dispatch order. Needs no description of the receivers.
   */
  static final Comparator<Entry> ID_ORDER =
      new Comparator<>() {
        @Override
        public int compare(Entry a, Entry b) {
          return Long.compare(a.sequence, b.sequence);
        }
      };

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

  /** A {@link SignalReceiver} connected at run time. */
  static final class Connected extends Entry {
    private final SignalReceiver<Object> receiver;

    @SuppressWarnings("unchecked")
    Connected(ReceiverInfo info, long sequence, SignalReceiver<?> receiver) {
      super(info, CONNECTED_RANK, sequence);
      this.receiver = (SignalReceiver<Object>) receiver;
    }

    @Override
    Object call(Class<?> sender, Object payload) throws Exception {
      receiver.receive(payload, sender);
      return null;
    }

    @Override
    Object receiver() {
      return receiver;
    }
  }

  /** A {@link SignalResponder} connected at run time. */
  static final class Responding extends Entry {
    private final SignalResponder<Object> responder;

    @SuppressWarnings("unchecked")
    Responding(ReceiverInfo info, long sequence, SignalResponder<?> responder) {
      super(info, CONNECTED_RANK, sequence);
      this.responder = (SignalResponder<Object>) responder;
    }

    @Override
    Object call(Class<?> sender, Object payload) throws Exception {
      return responder.respond(payload, sender);
    }

    @Override
    Object receiver() {
      return responder;
    }
  }

  /** A {@link WeakReceiver} whose owner is held weakly. */
  static final class Weak extends Entry {
    private final WeakReference<Object> owner;
    private final WeakReceiver<Object, Object> receiver;

    @SuppressWarnings("unchecked")
    Weak(
        ReceiverInfo info,
        long sequence,
        Object owner,
        WeakReceiver<?, ?> receiver,
        ReferenceQueue<Object> collected) {
      super(info, CONNECTED_RANK, sequence);
      this.owner = new WeakReference<>(owner, collected);
      this.receiver = (WeakReceiver<Object, Object>) receiver;
    }

    @Override
    Object call(Class<?> sender, Object payload) throws Exception {
      Object live = owner.get();
      if (live == null) {
        return GONE;
      }
      receiver.receive(live, payload, sender);
      return null;
    }

    @Override
    Object receiver() {
      return receiver;
    }

    @Override
    Object owner() {
      return owner.get();
    }

    @Override
    boolean isLive() {
      return owner.get() != null;
    }

    @Override
    boolean isWeak() {
      return true;
    }
  }
}
