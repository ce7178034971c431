package io.signals4j;

import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.SendEvent;
import io.signals4j.spi.SendObserver;
import io.signals4j.spi.TransactionHook;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import jdk.jfr.FlightRecorder;

/**
 * One signal, identified by its payload type: the counterpart of a Django {@code Signal} object.
 * Get it once with {@link Signals#signal(Class)} and keep it; every method is thread-safe.
 *
 * <h2>Who is reached</h2>
 *
 * A send from a sender reaches the receivers connected for any sender, those connected for exactly
 * that sender (Django matches senders by identity, and so do we), and those that opted into
 * subclass senders with a sender that is a supertype of it. A send without sender ({@code null})
 * reaches only the any-sender receivers. The receivers of each sender class are worked out once
 * and kept until the signal's receivers change, so a send walks no class hierarchy and does no map
 * lookup when it comes from the same sender as the previous send.
 *
 * <h2>Order</h2>
 *
 * Receivers run by ascending {@linkplain Connect#order(int) order} (0 unless set). At equal order,
 * the receivers declared in installed registries come first, registry by registry in install
 * order, each in its own order (by class, then method name); then the receivers connected at run
 * time, in connect order. Connecting a receiver again keeps its position; disconnecting and
 * connecting it again moves it to the end, as in Django.
 *
 * <h2>Consistency</h2>
 *
 * Each send works on the set of receivers present when it starts: a receiver connected during a
 * send is not called by that send, and one disconnected during a send still is. Receivers run on
 * the sending thread, outside any lock, so they may connect, disconnect and send freely.
 *
 * <h2>Failures</h2>
 *
 * {@link #send} and {@link #fire} stop at the first receiver that throws an {@link Exception} and
 * throw a {@link ReceiverException} naming it, the signal and the sender; receivers that ran before
 * keep their effects. {@link #sendRobust} runs every receiver and turns each failure into that
 * receiver's response. An {@link Error} is never caught: it propagates unchanged from every kind
 * of send (an asynchronous one fails its future with it), because it reports a broken JVM or a
 * failed assertion rather than a failed receiver.
 *
 * @param <P> the payload type
 */
public final class Signal<P> {

  private static final Entry[] NONE = new Entry[0];

  private final Class<? super P> type;

  /** {@link #type} if no other class can be an instance of it (a final class), else null. */
  private final Class<?> finalType;
  private final Signals signals;
  private final Installation[] installations;
  private final int[] signalIds;
  private final int recursionLimit;

  /**
   * One entry per declared receiver, so that identity-based bookkeeping works: for each
   * installation that knows this signal, a table indexed by receiver id less {@link #firstIds},
   * filled on first use. A generated registry numbers the receivers of a signal contiguously, so a
   * table has no gaps. Arrays rather than a map keyed by registry and id: the first routes are
   * resolved while the application starts, in the interpreter, where boxing and hashing a key per
   * receiver cost more than everything else a route needs.
   */
  private final Entry.Declared[][] declared;

  /** For each installation that knows this signal, the lowest id of the signal's receivers. */
  private final int[] firstIds;

  private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
  private final Object lock = new Object();

  // Guarded by lock: the receivers connected at run time. The array is shared by the states made
  // from it: a connect writes past the end that older states see, so it copies nothing until the
  // array is full; a disconnect only marks the entry, and dead entries are dropped in one copy
  // once they are the majority. So a million connects cost a million appends, not a million
  // copies of a growing array.
  private long connectSequence;
  private Entry[] connected = NONE;
  private int connectedCount;
  private int dropped;
  private final Map<Key, List<Entry.Connected>> byKey = new HashMap<>();

  private volatile State state;

  Signal(Class<? super P> type, Signals signals, Installation[] installations, int silenced) {
    this.type = type;
    // The FINAL bit of Class.getModifiers(), spelled out to keep java.lang.reflect out of the
    // runtime; interfaces and abstract classes are never final.
    this.finalType = (type.getModifiers() & 0x0010) != 0 ? type : null;
    this.signals = signals;
    this.recursionLimit = signals.recursionLimit();
    Installation[] knowing = new Installation[installations.length];
    int[] ids = new int[installations.length];
    int count = 0;
    for (Installation installation : installations) {
      int id = installation.registry.signalId(type);
      if (id != GeneratedRegistry.NO_SIGNAL) {
        knowing[count] = installation;
        ids[count++] = id;
      }
    }
    this.installations = Arrays.copyOf(knowing, count);
    this.signalIds = Arrays.copyOf(ids, count);
    this.declared = new Entry.Declared[count][];
    this.firstIds = new int[count];
    for (int i = 0; i < count; i++) {
      int first = Integer.MAX_VALUE;
      int last = -1;
      for (int id : this.installations[i].registry.allReceivers(signalIds[i])) {
        first = Math.min(first, id);
        last = Math.max(last, id);
      }
      firstIds[i] = last < 0 ? 0 : first;
      declared[i] = new Entry.Declared[last < 0 ? 0 : last - first + 1];
    }
    this.state = new State(NONE, 0, Set.of(), silenced, Collections.emptyMap());
  }

  /**
   * The payload type that identifies this signal.
   *
   * @return the class given to {@link Signals#signal(Class)}; every handle of one signal returns
   *     the same
   */
  public Class<? super P> type() {
    return type;
  }

  // ---------------------------------------------------------------------------------------------
  // Connecting

  /**
   * Connects a receiver for any sender. Same as {@code connect(receiver, Connect.anySender())}.
   *
   * @param receiver called on every send; its response is null
   * @return the connection, which disconnects it
   */
  public Connection connect(SignalReceiver<? super P> receiver) {
    return connect(receiver, Connect.anySender());
  }

  /**
   * Connects a receiver, held strongly until it is disconnected. Strong is the default because a
   * Java receiver is most often a lambda or method reference that nothing else references: Django's
   * weak default would let the garbage collector drop it silently. Use {@link #connectWeak} for a
   * receiver that should live only as long as some owner object.
   *
   * <p>The receiver's response is null, as a {@code void} method's is. For receivers that answer,
   * use {@link #connectResponder}: Java would take {@code (order, sender) -> stock.reserve(order)}
   * here as a receiver and drop the value, since a lambda whose body is a call fits a {@code void}
   * method too. A {@link SignalResponder} object passed here still answers.
   *
   * <p>Connecting the same receiver object for the same sender again, or another receiver with
   * the same {@linkplain Connect#dispatchUid(String) dispatch uid} and sender (declared receivers
   * included), connects nothing and returns the existing connection. Note that a lambda that
   * captures nothing is one and the same object each time its line runs, so connecting it from a
   * loop connects it once; give each a dispatch uid, or capture something, to tell them apart.
   *
   * @param receiver called on the sends that {@code options} select; its response is null
   * @param options the sender, dispatch uid, order and phase
   * @return the connection, which disconnects it; {@link Connection#isNew()} is false if an equal
   *     receiver was connected already
   */
  public Connection connect(SignalReceiver<? super P> receiver, Connect options) {
    Objects.requireNonNull(receiver, "receiver");
    return add(receiver, null, options);
  }

  /**
   * Connects a responder for any sender. Same as {@code connectResponder(responder,
   * Connect.anySender())}.
   *
   * @param responder called on every send; what it returns is its response
   * @return the connection, which disconnects it
   */
  public Connection connectResponder(SignalResponder<? super P> responder) {
    return connectResponder(responder, Connect.anySender());
  }

  /**
   * Connects a receiver whose return value becomes its {@link Response}, as every Django receiver's
   * does. Otherwise the same as {@link #connect(SignalReceiver, Connect)}.
   *
   * <pre>{@code
   * signal.connectResponder((order, sender) -> stock.reserve(order));
   * signal.connectResponder(stock::reserve, Connect.sender(Checkout.class));
   * }</pre>
   *
   * @param responder called on the sends that {@code options} select; what it returns is its
   *     response
   * @param options the sender, dispatch uid, order and phase
   * @return the connection, which disconnects it
   */
  public Connection connectResponder(SignalResponder<? super P> responder, Connect options) {
    Objects.requireNonNull(responder, "responder");
    return add(responder, null, options);
  }

  /**
   * Connects a weak receiver for any sender; see {@link #connectWeak(Object, WeakReceiver,
   * Connect)}.
   *
   * @param owner the object the receiver lives as long as
   * @param receiver called with the owner on every send
   * @param <O> the owner type
   * @return the connection, which disconnects it
   */
  public <O> Connection connectWeak(O owner, WeakReceiver<? super O, ? super P> receiver) {
    return connectWeak(owner, receiver, Connect.anySender());
  }

  /**
   * Connects a receiver that lasts as long as {@code owner}: the signal holds the owner weakly, and
   * once the garbage collector has taken it the receiver is no longer called and is dropped. The
   * owner is passed to each call; see {@link WeakReceiver} for why the receiver must not capture
   * it.
   *
   * <pre>{@code
   * signal.connectWeak(screen, Screen::refresh);
   * }</pre>
   *
   * <p>Without a dispatch uid the connection is identified by the owner and the receiver object
   * together, like a bound method in Django.
   *
   * @param owner the object the receiver lives as long as, held weakly
   * @param receiver called with the owner on the sends that {@code options} select
   * @param options the sender, dispatch uid, order and phase
   * @param <O> the owner type
   * @return the connection, which disconnects it
   */
  public <O> Connection connectWeak(
      O owner, WeakReceiver<? super O, ? super P> receiver, Connect options) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(receiver, "receiver");
    return add(receiver, owner, options);
  }

  /**
   * Connects a weak responder for any sender; see {@link #connectWeakResponder(Object,
   * WeakResponder, Connect)}.
   *
   * @param owner the object the responder lives as long as
   * @param responder called with the owner on every send; what it returns is its response
   * @param <O> the owner type
   * @return the connection, which disconnects it
   */
  public <O> Connection connectWeakResponder(
      O owner, WeakResponder<? super O, ? super P> responder) {
    return connectWeakResponder(owner, responder, Connect.anySender());
  }

  /**
   * Connects a responder that lasts as long as {@code owner}: a weak receiver whose return value
   * is its response, like a Django bound method: {@code signal.connectWeakResponder(screen,
   * Screen::render)}. Otherwise the same as {@link
   * #connectWeak(Object, WeakReceiver, Connect)}.
   *
   * @param owner the object the responder lives as long as, held weakly
   * @param responder called with the owner on the sends that {@code options} select
   * @param options the sender, dispatch uid, order and phase
   * @param <O> the owner type
   * @return the connection, which disconnects it
   */
  public <O> Connection connectWeakResponder(
      O owner, WeakResponder<? super O, ? super P> responder, Connect options) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(responder, "responder");
    return add(responder, owner, options);
  }

  /**
   * Disconnects a receiver or responder connected for any sender without uid. Same as {@code
   * disconnect(receiver, Connect.anySender())}.
   *
   * @param receiver the object that was connected
   * @return true if it was connected
   */
  public boolean disconnect(Object receiver) {
    return disconnect(receiver, Connect.anySender());
  }

  /**
   * Disconnects a receiver or responder. Pass the sender and dispatch uid it was connected with, as
   * in Django: a receiver connected for a sender is not disconnected by a call without it. With a
   * uid, the uid and sender alone identify the receiver. The {@link Connection} that connect
   * returned does the same without repeating the options.
   *
   * @param receiver the object that was connected
   * @param options the sender and dispatch uid it was connected with
   * @return true if something was removed
   */
  public boolean disconnect(Object receiver, Connect options) {
    Objects.requireNonNull(receiver, "receiver");
    return remove(receiver, null, options);
  }

  /**
   * Disconnects a weak receiver or responder connected for {@code owner}, Django's {@code
   * disconnect(obj.method)}.
   *
   * @param owner the owner it was connected for
   * @param receiver the object that was connected
   * @param options the sender and dispatch uid it was connected with
   * @return true if something was removed
   */
  public boolean disconnectWeak(Object owner, Object receiver, Connect options) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(receiver, "receiver");
    return remove(receiver, owner, options);
  }

  /**
   * Disconnects the receiver with the dispatch uid and sender of {@code options}, whether it was
   * connected at run time or declared in an installed registry. Django's {@code
   * disconnect(sender=..., dispatch_uid=...)}.
   *
   * @param options the dispatch uid and sender
   * @return true if something was removed
   * @throws IllegalArgumentException if {@code options} has no dispatch uid
   */
  public boolean disconnect(Connect options) {
    Objects.requireNonNull(options, "options");
    if (options.dispatchUid() == null) {
      throw new IllegalArgumentException(
          "disconnect(Connect) finds the receiver by its dispatch uid, and " + options
              + " has none; pass the receiver too");
    }
    return remove(null, null, options);
  }

  /**
   * Disconnects the receiver that {@code receiver} describes, as returned by {@link #receivers()},
   * declared or connected.
   *
   * @param receiver a description returned by this signal
   * @return true if something was removed
   */
  public boolean disconnect(ReceiverInfo receiver) {
    Objects.requireNonNull(receiver, "receiver");
    synchronized (lock) {
      State current = pruned();
      for (int i = 0; i < current.connectedCount; i++) {
        Entry entry = current.connected[i];
        if (entry.info() == receiver && entry.isLive()) {
          return removeConnected((Entry.Connected) entry);
        }
      }
      for (Entry entry : declaredEntries(current)) {
        if (entry.info() == receiver) {
          state = current.withRemoved(entry);
          return true;
        }
      }
      return false;
    }
  }

  /** For {@link Connection#disconnect()}: removes exactly this entry. */
  boolean disconnect(Entry entry) {
    synchronized (lock) {
      State current = pruned();
      if (entry instanceof Entry.Connected connection) {
        return connection.isLive() && removeConnected(connection);
      }
      if (current.removed.contains(entry)) {
        return false;
      }
      state = current.withRemoved(entry);
      return true;
    }
  }

  /** For {@link Connection#isConnected()}. */
  boolean isConnected(Entry entry) {
    return entry instanceof Entry.Connected ? entry.isLive() : !state.removed.contains(entry);
  }

  private Connection add(Object receiver, Object owner, Connect options) {
    Objects.requireNonNull(options, "options");
    synchronized (lock) {
      State current = pruned();
      Key key = Key.of(receiver, owner, options);
      Entry.Connected existing = find(key, receiver, owner);
      if (existing != null) {
        return new Connection(this, existing, false);
      }
      Entry declaredEntry = declaredByUid(current, options);
      if (declaredEntry != null) {
        return new Connection(this, declaredEntry, false);
      }
      ReceiverInfo info = connectedInfo(receiver, options, owner != null);
      Entry.Connected entry =
          Entry.Connected.of(info, connectSequence++, owner, receiver, key, collected);
      if (connectedCount == connected.length) {
        connected = Arrays.copyOf(connected, Math.max(8, connectedCount * 2));
      }
      connected[connectedCount++] = entry;
      byKey.computeIfAbsent(key, unused -> new ArrayList<>(1)).add(entry);
      state = current.withConnected(connected, connectedCount);
      return new Connection(this, entry, true);
    }
  }

  private boolean remove(Object receiver, Object owner, Connect options) {
    Objects.requireNonNull(options, "options");
    synchronized (lock) {
      State current = pruned();
      Entry.Connected entry = find(Key.of(receiver, owner, options), receiver, owner);
      if (entry != null) {
        return removeConnected(entry);
      }
      // With a uid, the uid alone identifies the receiver, as in Django: the same lookup that
      // makes connecting a duplicate of a declared receiver a no-op.
      Entry declaredEntry = declaredByUid(current, options);
      if (declaredEntry == null) {
        return false;
      }
      state = current.withRemoved(declaredEntry);
      return true;
    }
  }

  /**
   * The live connection filed under {@code key}: Django's lookup key, (dispatch uid, or else the
   * receiver's identity) and the exact sender, plus the owner of a weak receiver. A weak receiver
   * whose owner is gone no longer counts, even before the reference queue reports it: its uid and
   * key are free again, as after Django's dead-receiver cleanup. Called with the lock held.
   */
  private Entry.Connected find(Key key, Object receiver, Object owner) {
    List<Entry.Connected> candidates = byKey.get(key);
    if (candidates != null) {
      for (Entry.Connected entry : candidates) {
        if (entry.isLive() && (key.byUid() || entry.owner() == owner)) {
          return entry;
        }
      }
    }
    return null;
  }

  /** Removes a live connection and publishes the new state. Called with the lock held. */
  private boolean removeConnected(Entry.Connected entry) {
    entry.disconnect();
    forget(entry);
    state = compacted(state);
    return true;
  }

  /** Drops a connection that is no longer live from the key index. Called with the lock held. */
  private void forget(Entry.Connected entry) {
    List<Entry.Connected> candidates = byKey.get(entry.key());
    if (candidates != null) {
      candidates.remove(entry);
      if (candidates.isEmpty()) {
        byKey.remove(entry.key());
      }
    }
    dropped++;
  }

  /**
   * A new state after connections were dropped, copying the array without them once they are the
   * majority, so that dropping is cheap and the array never grows much beyond the live receivers.
   * Called with the lock held.
   */
  private State compacted(State current) {
    if (dropped > 8 && dropped * 2 > connectedCount) {
      Entry[] live = new Entry[Math.max(8, (connectedCount - dropped) * 2)];
      int count = 0;
      for (int i = 0; i < connectedCount; i++) {
        if (connected[i].isLive()) {
          live[count++] = connected[i];
        }
      }
      connected = live;
      connectedCount = count;
      dropped = 0;
    }
    return current.withConnected(connected, connectedCount);
  }

  private Entry declaredByUid(State state, Connect key) {
    if (key.dispatchUid() == null) {
      return null;
    }
    for (int i = 0; i < installations.length; i++) {
      GeneratedRegistry registry = installations[i].registry;
      for (int id : registry.receivers(registry.route(signalIds[i], key.sender()))) {
        Entry entry = declared(i, id);
        if (entry.info().sender() == key.sender()
            && key.dispatchUid().equals(entry.info().dispatchUid())
            && !state.removed.contains(entry)) {
          return entry;
        }
      }
    }
    return null;
  }

  private ReceiverInfo connectedInfo(Object receiver, Connect options, boolean weak) {
    String name = options.name() != null ? options.name() : nameOf(receiver);
    return new ReceiverInfo(
        name,
        type,
        options.sender(),
        options.subclassesIncluded(),
        options.order(),
        options.dispatchUid(),
        options.phase(),
        ReceiverInfo.CONNECTED,
        weak);
  }

  /** A readable name for a receiver object: its class, or where a lambda was written. */
  private static String nameOf(Object receiver) {
    String className = receiver.getClass().getName();
    int lambda = className.indexOf("$$Lambda");
    return lambda < 0 ? className : "lambda in " + className.substring(0, lambda);
  }

  // ---------------------------------------------------------------------------------------------
  // Sending

  /**
   * Calls every receiver that a send from {@code sender} reaches and collects nothing: the send
   * for hot paths. Once the receivers of a sender are resolved it allocates nothing.
   *
   * @param sender the sender, or null for a send without sender
   * @param payload the payload, an instance of this signal's type
   * @throws ReceiverException for the first receiver that throws; later ones do not run
   * @throws RecursiveSendException if receivers re-sent without end: when the stack overflowed
   *     with at least the {@linkplain Signals.Builder#recursionLimit(int) limit} of sends in
   *     progress
   * @throws IllegalArgumentException if the payload is not of this signal's type (possible only
   *     through a raw or unchecked {@code Signal}); no receiver runs
   */
  public void fire(Class<?> sender, P payload) {
    // Kept this small so that the JIT inlines it into the sender's code. The payload's type is
    // checked by the route, before its first receiver: a generated route compares it with a
    // constant, which costs less than the comparison with this signal's type here.
    Route route = route(sender);
    if (route.active) {
      // Counts nothing on the way in, which would cost the fire path more than the call itself:
      // an endless loop of fires ends in a stack overflow, which SendDepth turns into a
      // RecursiveSendException on its way out.
      try {
        route.fire(this, sender, payload);
      } catch (StackOverflowError overflow) {
        throw SendDepth.overflowed(type, recursionLimit, overflow);
      }
    } else if (!accepts(payload)) {
      throw wrongPayload(payload);
    }
  }

  /**
   * Sends the signal, like Django's {@code send}.
   *
   * @param sender the sender, or null for a send without sender
   * @param payload the payload, an instance of this signal's type
   * @return one response per receiver called, in call order; unmodifiable, empty if none.
   *     Receivers that wait for the transaction are not among them
   * @throws ReceiverException for the first receiver that throws; later ones do not run
   * @throws RecursiveSendException if too many sends are in progress on this thread
   * @throws IllegalArgumentException if the payload is not of this signal's type; no receiver runs
   */
  public List<Response> send(Class<?> sender, P payload) {
    return sendNow(sender, payload, false);
  }

  /**
   * Sends the signal to every receiver whatever happens, like Django's {@code send_robust}: an
   * {@link Exception} thrown by a receiver becomes its response (see {@link Response#error()}) and
   * is logged at {@code ERROR} on the {@code System.Logger} named {@code io.signals4j}, with the
   * receiver, signal and sender. An {@link Error} propagates at once.
   *
   * <p>A receiver interrupted while it blocks fails with its {@link InterruptedException}, which
   * becomes its response like any failure; the thread's interrupt status is set again and the
   * remaining receivers still run (robust means every receiver is called), so a later receiver
   * that blocks fails at once, and the caller sees the interrupt status when the send returns.
   *
   * @param sender the sender, or null for a send without sender
   * @param payload the payload, an instance of this signal's type
   * @return one response per receiver called, in call order; unmodifiable
   * @throws RecursiveSendException if too many sends are in progress on this thread, before any
   *     receiver runs
   * @throws IllegalArgumentException if the payload is not of this signal's type; no receiver runs
   */
  public List<Response> sendRobust(Class<?> sender, P payload) {
    return sendNow(sender, payload, true);
  }

  private List<Response> sendNow(Class<?> sender, P payload, boolean robust) {
    if (!accepts(payload)) {
      throw wrongPayload(payload);
    }
    Route route = route(sender);
    if (!route.active) {
      return List.of();
    }
    int[] depth = SendDepth.enter(type, recursionLimit);
    SendEvent event = null;
    if (FlightRecorder.isInitialized()) {   // see Route.fire: no event starts Flight Recorder
      event = new SendEvent();
      event.begin();
    }
    boolean failed = true;
    try {
      Deferred now = defer(route, sender, payload);
      List<Response> responses = callAll(route, sender, payload, robust, now);
      failed = false;
      return responses;
    } finally {
      depth[0]--;
      if (event != null) {
        // Ended before shouldCommit, which compares the duration with the recording's threshold
        // and sees none until end() has measured it.
        event.end();
        if (event.shouldCommit()) {
          event.record(robust ? "sendRobust" : "send", type, sender, route.entries.length, failed);
        }
      }
    }
  }

  /**
   * Sends the signal on the executor of the {@link Signals} it belongs to (see {@link
   * Signals.Builder#asyncExecutor}), like Django's {@code asend}. The receivers present now run
   * one after the other in one task, in dispatch order; a receiver that returns a {@link
   * CompletionStage} is awaited, and its result becomes its response, so receivers that start
   * asynchronous work run concurrently. Receivers that wait for a transaction wait for the one of
   * the calling thread.
   *
   * @param sender the sender, or null for a send without sender
   * @param payload the payload, an instance of this signal's type
   * @return completes with the responses once every receiver and every returned stage has
   *     completed; completes exceptionally with a {@link ReceiverException} (which {@link
   *     CompletableFuture#join()} reports wrapped in a {@link CompletionException}) as soon as a
   *     receiver throws or a returned stage fails, without waiting for the other stages;
   *     receivers after one that threw do not run
   * @throws IllegalArgumentException if the payload is not of this signal's type; no receiver runs
   */
  public CompletableFuture<List<Response>> sendAsync(Class<?> sender, P payload) {
    return sendLater(sender, payload, false);
  }

  /**
   * Like {@link #sendAsync}, but every receiver runs and a failure, whether thrown or a failed
   * stage, becomes that receiver's response and is logged as by {@link #sendRobust}: Django's
   * {@code asend_robust}. The future fails only on an {@link Error}.
   *
   * @param sender the sender, or null for a send without sender
   * @param payload the payload, an instance of this signal's type
   * @return completes with one response per receiver called, in call order
   * @throws IllegalArgumentException if the payload is not of this signal's type; no receiver runs
   */
  public CompletableFuture<List<Response>> sendRobustAsync(Class<?> sender, P payload) {
    return sendLater(sender, payload, true);
  }

  private CompletableFuture<List<Response>> sendLater(
      Class<?> sender, P payload, boolean robust) {
    if (!accepts(payload)) {
      throw wrongPayload(payload);
    }
    Route route = route(sender);
    if (!route.active) {
      return CompletableFuture.completedFuture(List.of());
    }
    AsyncSend send = new AsyncSend(route, sender, payload, robust, defer(route, sender, payload));
    return CompletableFuture.supplyAsync(send, signals.asyncExecutor()).thenCompose(send);
  }

  /**
   * The task of an asynchronous send: calls the receivers, then awaits the stages they returned.
   * A class rather than lambdas, like everything on the send path (see the runtime's pom).
   */
  private final class AsyncSend
      implements Supplier<List<Response>>,
          Function<List<Response>, CompletionStage<List<Response>>> {
    private final Route route;
    private final Class<?> sender;
    private final Object payload;
    private final boolean robust;
    private final Deferred afterwards;

    AsyncSend(Route route, Class<?> sender, Object payload, boolean robust, Deferred afterwards) {
      this.route = route;
      this.sender = sender;
      this.payload = payload;
      this.robust = robust;
      this.afterwards = afterwards;
    }

    @Override
    public List<Response> get() {
      int[] depth = SendDepth.enter(type, recursionLimit);
      try {
        return callAll(route, sender, payload, robust, afterwards);
      } finally {
        depth[0]--;
      }
    }

    @Override
    public CompletionStage<List<Response>> apply(List<Response> responses) {
      return awaitStages(responses, sender, robust);
    }
  }

  /**
   * Whether {@code payload} is of this signal's type. A record or other final type is checked by
   * comparing classes, which is cheaper on the fire path than a subtype check; null is never.
   */
  boolean accepts(Object payload) {
    return payload != null && (payload.getClass() == finalType || type.isInstance(payload));
  }

  RuntimeException wrongPayload(Object payload) {
    if (payload == null) {
      return new NullPointerException("payload of signal " + type.getName() + " is null");
    }
    return new IllegalArgumentException(
        "Signal " + type.getName() + " cannot send a " + payload.getClass().getName()
            + ": its payload must be a " + type.getName() + " (the signal was used through a raw"
            + " or unchecked type)");
  }

  /**
   * Calls the receivers that run during the send, then, unless one threw, the after-commit ones
   * that {@code now} holds for a send outside a transaction, then tells the observers: the order
   * of {@link Route#fire}, so that observers see a send once everything it ran has run.
   */
  private List<Response> callAll(
      Route route, Class<?> sender, Object payload, boolean robust, Deferred now) {
    Entry[] entries = route.entries;
    if (entries.length == 0) {
      if (now != null) {
        now.completed(true);
      }
      if (route.observers.length != 0) {
        route.observe(type, sender, payload, 0, null);
      }
      return List.of();
    }
    List<Response> responses = new ArrayList<>(entries.length);
    for (int i = 0; i < entries.length; i++) {
      Entry entry = entries[i];
      Object value;
      try {
        value = entry.call(sender, payload);
      } catch (Exception e) {
        if (!robust) {
          RuntimeException thrown = Failures.ofReceiver(entry.info(), type, sender, e);
          if (route.observers.length != 0) {
            route.observe(type, sender, payload, i + 1, thrown);
          }
          throw thrown;
        }
        Failures.restoreInterrupt(e);
        Failures.log("sendRobust()", entry.info(), type, sender, e);
        responses.add(new Response(entry.info(), null, e));
        continue;
      }
      if (value != Entry.GONE) {
        responses.add(new Response(entry.info(), value, null));
      }
    }
    if (now != null) {
      now.completed(true);
    }
    if (route.observers.length != 0) {
      route.observe(type, sender, payload, entries.length, null);
    }
    return Collections.unmodifiableList(responses);
  }

  /**
   * Hands the receivers that wait for a transaction to the first transaction hook with one active
   * on this thread. With none active, there is nothing to wait for: the caller runs the
   * after-commit receivers as soon as the send's other receivers have run without failing, and
   * after-rollback ones never run. Each runs robustly: a commit cannot be undone, so a failure is
   * logged, never thrown at whoever completed the transaction.
   *
   * @return the receivers for the caller to complete, or null if there are none or a transaction
   *     took them
   */
  Deferred defer(Route route, Class<?> sender, Object payload) {
    Entry[] deferred = route.deferred;
    if (deferred.length == 0) {
      return null;
    }
    Deferred completion = new Deferred(deferred, sender, payload);
    return completion.handedToATransaction() ? null : completion;
  }

  /** The receivers of one send that wait for its transaction, with what they are to get. */
  final class Deferred implements TransactionHook.TransactionCompletion {
    private final Entry[] receivers;
    private final Class<?> sender;
    private final Object payload;

    Deferred(Entry[] receivers, Class<?> sender, Object payload) {
      this.receivers = receivers;
      this.sender = sender;
      this.payload = payload;
    }

    /**
     * Offers these receivers to the transaction hooks, in order. Asked here rather than in
     * {@link #defer}, so that verifying {@link Signal} while an application starts does not load
     * {@link TransactionHook.TransactionCompletion}.
     *
     * @return whether a hook with a transaction active took them
     */
    boolean handedToATransaction() {
      for (TransactionHook hook : signals.transactionHooks()) {
        if (hook.afterCompletion(this)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Runs the receivers due, each robustly, then tells the observers of that moment, if any, what
     * ran: those added since the send hear of it too, those removed since do not.
     */
    @Override
    public void completed(boolean committed) {
      Phase due = committed ? Phase.AFTER_COMMIT : Phase.AFTER_ROLLBACK;
      SendObserver[] observers = signals.observers();
      List<Response> ran = observers.length != 0 ? new ArrayList<>(receivers.length) : null;
      for (Entry entry : receivers) {
        if (entry.info().phase() != due) {
          continue;
        }
        Object value;
        Exception error = null;
        try {
          value = entry.call(sender, payload);
        } catch (Exception e) {
          Failures.restoreInterrupt(e);
          Failures.log(
              committed ? "after commit" : "after rollback", entry.info(), type, sender, e);
          value = null;
          error = e;
        }
        if (ran != null && value != Entry.GONE) {
          ran.add(new Response(entry.info(), value, error));
        }
      }
      if (ran != null && !ran.isEmpty()) {
        List<Response> responses = Collections.unmodifiableList(ran);
        for (SendObserver observer : observers) {
          observer.deferredRan(type, sender, payload, due, responses);
        }
      }
    }
  }

  /**
   * Replaces each {@link CompletionStage} response by its outcome. A plain send fails as soon as
   * one stage fails, as Django's {@code asend} does with {@code asyncio.gather}, without waiting
   * for the others; a robust send waits for all of them.
   */
  private CompletableFuture<List<Response>> awaitStages(
      List<Response> responses, Class<?> sender, boolean robust) {
    Response[] settled = responses.toArray(new Response[0]);
    int stages = 0;
    for (Response response : settled) {
      if (response.value() instanceof CompletionStage<?>) {
        stages++;
      }
    }
    if (stages == 0) {
      return CompletableFuture.completedFuture(responses);
    }
    CompletableFuture<List<Response>> result = new CompletableFuture<>();
    // The thread that settles the last stage publishes the array: each settles its own slot
    // before decrementing, and the decrements are ordered.
    AtomicInteger unsettled = new AtomicInteger(stages);
    for (int i = 0; i < settled.length; i++) {
      if (!(settled[i].value() instanceof CompletionStage<?> stage)) {
        continue;
      }
      stage.whenComplete(
          new StageOutcome(settled, i, unsettled, result, sender, robust));
    }
    return result;
  }

  /** Settles one slot of an asynchronous send's responses when the stage there completes. */
  private final class StageOutcome implements BiConsumer<Object, Throwable> {
    private final Response[] settled;
    private final int slot;
    private final ReceiverInfo receiver;
    private final AtomicInteger unsettled;
    private final CompletableFuture<List<Response>> result;
    private final Class<?> sender;
    private final boolean robust;

    StageOutcome(
        Response[] settled,
        int slot,
        AtomicInteger unsettled,
        CompletableFuture<List<Response>> result,
        Class<?> sender,
        boolean robust) {
      this.settled = settled;
      this.slot = slot;
      this.receiver = settled[slot].receiver();
      this.unsettled = unsettled;
      this.result = result;
      this.sender = sender;
      this.robust = robust;
    }

    @Override
    public void accept(Object value, Throwable failure) {
      if (failure == null) {
        settled[slot] = new Response(receiver, value, null);
      } else {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
        if (cause instanceof Error || !robust) {
          result.completeExceptionally(cause instanceof Error
              ? cause
              : Failures.ofReceiver(receiver, type, sender, cause));
          return;
        }
        // A stage can fail with a Throwable that is neither an Exception nor an Error; a
        // Response holds only an Exception, so such a failure is reported wrapped.
        Exception error = cause instanceof Exception exception
            ? exception
            : new ReceiverException(receiver, type, sender, cause);
        Failures.log("sendRobustAsync()", receiver, type, sender, error);
        settled[slot] = new Response(receiver, null, error);
      }
      if (unsettled.decrementAndGet() == 0) {
        result.complete(List.of(settled));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Listening, muting and introspection

  /**
   * Whether a send from {@code sender} would reach a live receiver now, muting included: cheap
   * enough to guard building an expensive payload. {@code hasListeners(null)} asks about sends
   * without sender, which reach only the any-sender receivers: Django's {@code has_listeners()}.
   *
   * @param sender the sender, or null for sends without sender
   * @return whether such a send would call a receiver, now or once its transaction ends
   */
  public boolean hasListeners(Class<?> sender) {
    return route(sender).hasLive();
  }

  /**
   * Every live receiver of this signal, declared or connected, whatever its sender, in dispatch
   * order. Muting does not hide receivers here.
   *
   * @return the receivers; unmodifiable
   */
  public List<ReceiverInfo> receivers() {
    State current = state;
    if (collected.poll() != null) {
      expungeNow();
      current = state;
    }
    List<Entry> entries = new ArrayList<>(declaredEntries(current));
    for (int i = 0; i < current.connectedCount; i++) {
      if (current.connected[i].isLive()) {
        entries.add(current.connected[i]);
      }
    }
    entries.sort(Entry.DispatchOrder.INSTANCE);
    return infos(entries);
  }

  /**
   * The live receivers that a send from {@code sender} would call now, in call order, followed by
   * those that would wait for its transaction: empty while the signal or that sender is muted.
   *
   * @param sender the sender, or null for sends without sender
   * @return the receivers; unmodifiable
   */
  public List<ReceiverInfo> receivers(Class<?> sender) {
    Route route = route(sender);
    List<Entry> live = new ArrayList<>();
    for (Entry entry : route.entries) {
      if (entry.isLive()) {
        live.add(entry);
      }
    }
    for (Entry entry : route.deferred) {
      if (entry.isLive()) {
        live.add(entry);
      }
    }
    return infos(live);
  }

  /**
   * Silences the whole signal until the returned muting is closed; see {@link Muting}.
   *
   * @return the muting, to close
   */
  public Muting mute() {
    adjustSilence(1);
    return new Muting(() -> adjustSilence(-1));
  }

  /**
   * Silences sends from exactly these senders ({@code null} for sends without sender) until the
   * returned muting is closed; see {@link Muting}.
   *
   * @param senders the senders to silence
   * @return the muting, to close
   */
  public Muting mute(Class<?>... senders) {
    // mute(null) passes a null array, not an array holding null: it means sends without sender.
    List<Class<?>> silenced =
        senders == null ? Collections.singletonList(null) : Arrays.asList(senders.clone());
    adjustSilence(silenced, 1);
    return new Muting(() -> adjustSilence(silenced, -1));
  }

  /** Drops the routes, so that the next sends resolve them with the current observers. */
  void observersChanged() {
    synchronized (lock) {
      State current = pruned();
      state = current.withSilence(current.silenced, current.silencedSenders);
    }
  }

  void adjustSilence(int delta) {
    synchronized (lock) {
      State current = pruned();
      state = current.withSilence(current.silenced + delta, current.silencedSenders);
    }
  }

  private void adjustSilence(List<Class<?>> senders, int delta) {
    synchronized (lock) {
      State current = pruned();
      Map<Class<?>, Integer> counts = new HashMap<>(current.silencedSenders);
      for (Class<?> sender : senders) {
        counts.merge(sender, delta, (a, b) -> a + b == 0 ? null : a + b);
      }
      state = current.withSilence(current.silenced, counts);
    }
  }

  @Override
  public String toString() {
    return "Signal(" + type.getName() + ")";
  }

  private static List<ReceiverInfo> infos(List<Entry> entries) {
    List<ReceiverInfo> infos = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      infos.add(entry.info());
    }
    return Collections.unmodifiableList(infos);
  }

  // ---------------------------------------------------------------------------------------------
  // Routes

  /** The receivers of a send from {@code sender}: from the one-entry cache when it hits. */
  private Route route(Class<?> sender) {
    State current = state;
    Route recent = current.recent;
    // A cleared route answers null, which must not pass for a send without sender.
    if (recent != null && recent.get() == sender && sender != null) {
      return recent;
    }
    return resolve(current, sender);
  }

  private Route resolve(State current, Class<?> sender) {
    if (collected.poll() != null) {
      expungeNow();
      current = state;
    }
    if (sender == null) {
      Route route = current.withoutSender;
      if (route == null) {
        route = build(current, null);
        current.withoutSender = route;
      }
      return route;
    }
    RouteTable table = current.routes;
    Route route = table.get(sender);
    if (route == null) {
      route = build(current, sender);
      RouteTable grown = table.add(route);
      if (grown != table) {
        current.routes = grown;
      }
    }
    current.recent = route;
    return route;
  }

  private Route build(State current, Class<?> sender) {
    SendObserver[] observers = signals.observers();
    if (current.silenced > 0 || current.silencedSenders.containsKey(sender)) {
      return Route.empty(sender, observers);
    }
    List<Entry> entries = new ArrayList<>();
    boolean anyRemoved = !current.removed.isEmpty();
    // Entries of one registry only are in dispatch order by id; a mix needs their descriptions.
    Installation contributor = null;
    boolean mixed = false;
    // Whether the entries are in id order: a registry's route is, subclass receivers added after
    // it are not.
    boolean byId = true;
    // Whether the entries are exactly the registry's route, which can then fire them itself.
    boolean wholeRoute = true;
    int generatedRoute = -1;
    for (int i = 0; i < installations.length; i++) {
      GeneratedRegistry registry = installations[i].registry;
      int route = registry.route(signalIds[i], sender);
      int before = entries.size();
      for (int id : registry.receivers(route)) {
        Entry entry = declared(i, id);
        if (anyRemoved && current.removed.contains(entry)) {
          wholeRoute = false;
        } else {
          entries.add(entry);
        }
      }
      generatedRoute = entries.size() > before ? route : generatedRoute;
      if (sender != null) {
        for (int id : registry.subclassReceivers(signalIds[i])) {
          Entry entry = declared(i, id);
          if (entry.info().sender() != sender
              && entry.info().hears(sender)
              && !current.removed.contains(entry)) {
            entries.add(entry);
            wholeRoute = false;
            byId = false;
          }
        }
      }
      if (entries.size() > before) {
        mixed |= contributor != null;
        contributor = installations[i];
      }
    }
    for (int i = 0; i < current.connectedCount; i++) {
      Entry entry = current.connected[i];
      if (entry.isLive() && entry.info().hears(sender)) {
        entries.add(entry);
        mixed = true;
      }
    }
    if (mixed) {
      entries.sort(Entry.DispatchOrder.INSTANCE);
    } else if (!byId) {
      entries.sort(Entry.IdOrder.INSTANCE);
    }
    if (wholeRoute && !mixed && contributor != null
        && contributor.registry.firesRoute(generatedRoute)) {
      // A route the registry fires itself never holds a receiver that waits for a transaction.
      return new Route(sender, entries.toArray(NONE), contributor, generatedRoute, observers);
    }
    List<Entry> now = new ArrayList<>(entries.size());
    List<Entry> later = new ArrayList<>(0);
    for (Entry entry : entries) {
      (entry.info().deferred() ? later : now).add(entry);
    }
    return new Route(sender, now.toArray(NONE), later.toArray(NONE), observers);
  }

  private List<Entry> declaredEntries(State current) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < installations.length; i++) {
      for (int id : installations[i].registry.allReceivers(signalIds[i])) {
        Entry entry = declared(i, id);
        if (!current.removed.contains(entry)) {
          entries.add(entry);
        }
      }
    }
    return entries;
  }

  /** The entry of receiver {@code id} of {@code installations[installation]}. */
  private Entry.Declared declared(int installation, int id) {
    Entry.Declared[] table = declared[installation];
    int slot = id - firstIds[installation];
    if (slot < 0 || slot >= table.length) {
      throw new IllegalStateException(
          installations[installation].registry.name() + " routes signal " + type.getName()
              + " to receiver " + id + ", which it does not list among the signal's receivers");
    }
    Entry.Declared entry = table[slot];
    if (entry == null) {
      // Made under the lock, so that every caller gets the same entry. A read without it that
      // sees an entry sees it whole: its fields are final.
      synchronized (lock) {
        entry = table[slot];
        if (entry == null) {
          entry = new Entry.Declared(installations[installation], id);
          table[slot] = entry;
        }
      }
    }
    return entry;
  }

  /** Called after a poll of {@link #collected} that found something, which it has consumed. */
  private void expungeNow() {
    synchronized (lock) {
      state = pruned();
    }
  }

  /**
   * The state without the weak receivers whose owners the garbage collector has reported gone.
   * Called with the lock held; the garbage collector only enqueues references, it never calls
   * back into the signal, so cleanup can't deadlock the way Django's once did (#21952).
   */
  private State pruned() {
    boolean anyCollected = false;
    for (Object reference; (reference = collected.poll()) != null; ) {
      Entry.Connected entry = ((Entry.OwnerReference) reference).entry;
      if (entry.markGone()) {
        forget(entry);
        anyCollected = true;
      }
    }
    return anyCollected ? compacted(state) : state;
  }

  /**
   * Django's lookup key of a connection: the dispatch uid, or else the receiver's identity (with
   * the identity hash of a weak receiver's owner, which the key must not hold), and the exact
   * sender.
   */
  private static final class Key {
    private final Object id;
    private final boolean byUid;
    private final int owner;
    private final Class<?> sender;

    private Key(Object id, boolean byUid, int owner, Class<?> sender) {
      this.id = id;
      this.byUid = byUid;
      this.owner = owner;
      this.sender = sender;
    }

    static Key of(Object receiver, Object owner, Connect options) {
      if (options.dispatchUid() != null) {
        return new Key(options.dispatchUid(), true, 0, options.sender());
      }
      return new Key(
          receiver,
          false,
          owner == null ? 0 : System.identityHashCode(owner),
          options.sender());
    }

    boolean byUid() {
      return byUid;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && byUid == that.byUid
          && owner == that.owner
          && sender == that.sender
          && (byUid ? id.equals(that.id) : id == that.id);
    }

    @Override
    public int hashCode() {
      int hash = byUid ? id.hashCode() : System.identityHashCode(id);
      return (hash * 31 + owner) * 31 + System.identityHashCode(sender);
    }
  }

  /**
   * Everything that decides who a send reaches, immutable, plus the routes worked out from it.
   * Every change makes a new state, which drops the old routes with it.
   */
  private static final class State {
    /** The connected receivers: the first {@link #connectedCount} of the array, never changed. */
    final Entry[] connected;
    final int connectedCount;
    final Set<Entry> removed;
    final int silenced;
    final Map<Class<?>, Integer> silencedSenders;

    /** The routes of sends from a sender; replaced by a larger table as it fills. */
    volatile RouteTable routes = new RouteTable();

    /** The route of sends without sender, once resolved. */
    Route withoutSender;

    /**
     * The last route resolved. A plain field: threads may miss each other's writes, which costs
     * them a table lookup, and a {@link Route} is immutable with final fields, so a racy read never
     * sees a half-built one (at worst one whose sender reads as cleared, which misses).
     */
    Route recent;

    State(
        Entry[] connected,
        int connectedCount,
        Set<Entry> removed,
        int silenced,
        Map<Class<?>, Integer> silencedSenders) {
      this.connected = connected;
      this.connectedCount = connectedCount;
      this.removed = removed;
      this.silenced = silenced;
      this.silencedSenders = silencedSenders;
    }

    State withConnected(Entry[] entries, int count) {
      return new State(entries, count, removed, silenced, silencedSenders);
    }

    State withRemoved(Entry entry) {
      Set<Entry> more = Collections.newSetFromMap(new IdentityHashMap<>());
      more.addAll(removed);
      more.add(entry);
      return new State(connected, connectedCount, more, silenced, silencedSenders);
    }

    State withSilence(int all, Map<Class<?>, Integer> senders) {
      return new State(connected, connectedCount, removed, all, senders);
    }
  }
}
