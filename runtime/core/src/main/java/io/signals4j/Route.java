package io.signals4j;

import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.RouteFailure;
import io.signals4j.internal.SendEvent;
import io.signals4j.spi.SendObserver;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jdk.jfr.FlightRecorder;

/**
 * The receivers that a send of one signal from one sender reaches, in dispatch order: resolved
 * once per sender class and kept until the signal's receivers change. Immutable, so a send that
 * holds one sees a consistent set whatever other threads connect meanwhile.
 *
 * <p>A route refers to its sender class only weakly (it is the weak reference): routes are cached
 * for as long as the receivers stay the same, which can be the life of the application, and a
 * cache must not keep generated or redeployed sender classes, and their class loaders, alive.
 *
 * <p>When the receivers are exactly one generated route of one installed registry (nothing
 * connected, disconnected or added by subclass matching), {@link #fire} hands the whole send to
 * that registry's straight-line route method instead of calling each receiver through its id.
 */
final class Route extends WeakReference<Class<?>> {

  private static final Entry[] NONE = new Entry[0];

  /** The receivers that run during the send, in dispatch order. */
  final Entry[] entries;

  /** The receivers that wait for the transaction of the send, in dispatch order. */
  final Entry[] deferred;

  /**
   * Whether a send over this route has anything to do: a receiver to call, now or after the
   * transaction, or an observer to tell.
   */
  final boolean active;

  /** The observers of the {@link Signals} when the route was resolved; usually none. */
  final SendObserver[] observers;

  private final boolean holdsWeak;

  /** The registry whose route {@link #generatedRoute} calls exactly {@link #entries}, or null. */
  private final GeneratedRegistry registry;

  /**
   * The registry when its generated method is the whole of this route's work on a {@code fire}
   * (no observer is watching): one field that {@code fire} tests, instead of three.
   */
  private final GeneratedRegistry straight;

  private final int generatedRoute;
  private final Object[] instances;

  /** A route whose receivers are called one by one. */
  Route(Class<?> sender, Entry[] entries, Entry[] deferred, SendObserver[] observers) {
    this(sender, entries, deferred, null, -1, null, observers);
  }

  /** A route that a registry fires through its straight-line method {@code generatedRoute}. */
  Route(
      Class<?> sender,
      Entry[] entries,
      Installation installation,
      int generatedRoute,
      SendObserver[] observers) {
    this(
        sender,
        entries,
        NONE,
        installation.registry,
        generatedRoute,
        installation.instances,
        observers);
  }

  private Route(
      Class<?> sender,
      Entry[] entries,
      Entry[] deferred,
      GeneratedRegistry registry,
      int generatedRoute,
      Object[] instances,
      SendObserver[] observers) {
    super(sender);
    this.observers = observers;
    this.entries = entries;
    this.deferred = deferred;
    this.registry = registry;
    this.straight = observers.length == 0 ? registry : null;
    this.generatedRoute = generatedRoute;
    this.instances = instances;
    boolean weak = false;
    for (Entry entry : entries) {
      weak |= entry.isWeak();
    }
    for (Entry entry : deferred) {
      weak |= entry.isWeak();
    }
    this.holdsWeak = weak;
    this.active = entries.length != 0 || deferred.length != 0 || observers.length != 0;
  }

  static Route empty(Class<?> sender, SendObserver[] observers) {
    return new Route(sender, NONE, NONE, observers);
  }

  /**
   * Calls every receiver that runs during the send, collecting nothing.
   *
   * @throws ReceiverException for the first receiver that throws
   */
  void fire(Signal<?> signal, Class<?> sender, Object payload) {
    // Flight Recorder's Java side starts with the first event object a JVM makes (some 250 ms
    // and a hundred classes on JDK 17), so no event is made before something else has started it;
    // the test is a read of a static field.
    if (FlightRecorder.isInitialized()) {
      fireRecorded(signal, sender, payload);
    } else {
      fireNow(signal, sender, payload);
    }
  }

  private void fireRecorded(Signal<?> signal, Class<?> sender, Object payload) {
    SendEvent event = new SendEvent();
    event.begin();
    boolean failed = true;
    try {
      fireNow(signal, sender, payload);
      failed = false;
    } finally {
      event.end();   // before shouldCommit, which compares the duration with the threshold
      if (event.shouldCommit()) {
        event.record("fire", signal.type(), sender, entries.length, failed);
      }
    }
  }

  private void fireNow(Signal<?> signal, Class<?> sender, Object payload) {
    GeneratedRegistry straight = this.straight;
    if (straight != null) {
      fireGenerated(straight, signal, sender, payload);
    } else {
      fireWatched(signal, sender, payload);
    }
  }

  /** Calls the route's generated method, and reports what it reported failing. */
  private void fireGenerated(
      GeneratedRegistry generated, Signal<?> signal, Class<?> sender, Object payload) {
    try {
      generated.fire(generatedRoute, instances, sender, payload);
    } catch (RouteFailure failure) {
      throw failureOf(signal, sender, payload, failure);
    }
  }

  /** Fires a route that observers watch, or one of connected or deferred receivers. */
  private void fireWatched(Signal<?> signal, Class<?> sender, Object payload) {
    if (registry != null) {
      fireGenerated(registry, signal, sender, payload);
    } else {
      if (!signal.accepts(payload)) {
        throw signal.wrongPayload(payload);
      }
      Signal<?>.Deferred now = deferred.length != 0 ? signal.defer(this, sender, payload) : null;
      fireEach(signal, sender, payload);
      if (now != null) {
        now.completed(true);
      }
    }
    if (observers.length != 0) {
      observe(signal.type(), sender, payload, entries.length, null);
    }
  }

  /** What {@code fire} throws for a failure that the route's generated method reported. */
  private RuntimeException failureOf(
      Signal<?> signal, Class<?> sender, Object payload, RouteFailure failure) {
    if (failure.receiverId() == RouteFailure.NO_RECEIVER) {
      return signal.wrongPayload(payload);
    }
    int failed = indexOf(failure.receiverId());
    RuntimeException thrown = Failures.ofReceiver(
        entries[failed].info(), signal.type(), sender, failure.getCause());
    if (observers.length != 0) {
      observe(signal.type(), sender, payload, failed + 1, thrown);
    }
    return thrown;
  }

  private void fireEach(Signal<?> signal, Class<?> sender, Object payload) {
    for (int i = 0; i < entries.length; i++) {
      try {
        entries[i].call(sender, payload);
      } catch (Exception e) {
        RuntimeException thrown = Failures.ofReceiver(entries[i].info(), signal.type(), sender, e);
        if (observers.length != 0) {
          observe(signal.type(), sender, payload, i + 1, thrown);
        }
        throw thrown;
      }
    }
  }

  /** Tells the observers of a send that called the first {@code reached} receivers. */
  void observe(Class<?> signal, Class<?> sender, Object payload, int reached, Throwable failure) {
    List<ReceiverInfo> infos = new ArrayList<>(reached);
    for (int i = 0; i < reached; i++) {
      infos.add(entries[i].info());
    }
    List<ReceiverInfo> called = Collections.unmodifiableList(infos);
    for (SendObserver observer : observers) {
      observer.sent(signal, sender, payload, called, failure);
    }
  }

  /** The position of a declared receiver of this route; its sequence is its id. */
  private int indexOf(int receiverId) {
    for (int i = 0; i < entries.length; i++) {
      if (entries[i].sequence == receiverId) {
        return i;
      }
    }
    throw new IllegalStateException(
        registry.name() + " reported a failure of receiver " + receiverId
            + ", which is not on route " + generatedRoute);
  }

  /** Whether a send would reach a live receiver, now or once its transaction ends. */
  boolean hasLive() {
    if (!holdsWeak) {
      return entries.length != 0 || deferred.length != 0;
    }
    for (Entry entry : entries) {
      if (entry.isLive()) {
        return true;
      }
    }
    for (Entry entry : deferred) {
      if (entry.isLive()) {
        return true;
      }
    }
    return false;
  }
}
