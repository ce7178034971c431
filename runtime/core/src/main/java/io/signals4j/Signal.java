package io.signals4j;

import io.signals4j.internal.GeneratedRegistry;
import java.lang.System.Logger.Level;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

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


  /** Key of the route cache for sends without sender (the cache takes no null key). */
  private static final Class<?> NO_SENDER = void.class;

  private final Class<? super P> type;
  private final Signals signals;
  private final Installation[] installations;
  private final int[] signalIds;
  private final Map<Long, Entry.Declared> declared = new ConcurrentHashMap<>();
  private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
  private final Object lock = new Object();

  /** Guarded by {@link #lock}. */
  private long connectSequence;

  private volatile State state;

  Signal(Class<? super P> type, Signals signals, Installation[] installations, int silenced) {
    this.type = type;
    this.signals = signals;
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
    this.state = new State(new Entry[0], Set.of(), silenced, Collections.emptyMap());
  }

  /** The payload type that identifies this signal. */
  public Class<? super P> type() {
    return type;
  }

  // ---------------------------------------------------------------------------------------------
  // Connecting

  /**
   * Connects a receiver for any sender. Same as {@code connect(receiver, Connect.anySender())}.
   *
   * @return true if connected, false if it already was
   */
  public boolean connect(SignalReceiver<? super P> receiver) {
    return connect(receiver, Connect.anySender());
  }

  /**
   * Connects a receiver, held strongly until it is disconnected. Strong is the default because a
   * Java receiver is most often a lambda or method reference that nothing else references: Django's
   * weak default would let the garbage collector drop it silently. Use {@link #connectWeak} for a
   * receiver that should live only as long as some owner object.
   *
   * <p>Connecting the same receiver object for the same sender again, or another receiver with
   * the same {@linkplain Connect#dispatchUid(String) dispatch uid} and sender (declared receivers
   * included), does nothing and keeps the first one's position and options. Note that a lambda
   * that captures nothing is one and the same object each time its line runs, so connecting it
   * from a loop connects it once; give each a dispatch uid, or capture something, to tell them
   * apart.
   *
   * @return true if connected, false if an equal receiver already was
   */
  public boolean connect(SignalReceiver<? super P> receiver, Connect options) {
    Objects.requireNonNull(receiver, "receiver");
    return add(receiver, null, options, sequence -> new Entry.Connected(
        connectedInfo(receiver, options, false), sequence, receiver));
  }

  /** Connects a responder for any sender; see {@link #connectResponder(SignalResponder, Connect)}. */
  public boolean connectResponder(SignalResponder<? super P> responder) {
    return connectResponder(responder, Connect.anySender());
  }

  /**
   * Connects a receiver whose return value becomes its {@link Response}. Otherwise the same as
   * {@link #connect(SignalReceiver, Connect)}.
   */
  public boolean connectResponder(SignalResponder<? super P> responder, Connect options) {
    Objects.requireNonNull(responder, "responder");
    return add(responder, null, options, sequence -> new Entry.Responding(
        connectedInfo(responder, options, false), sequence, responder));
  }

  /** Connects a weak receiver for any sender; see {@link #connectWeak(Object, WeakReceiver, Connect)}. */
  public <O> boolean connectWeak(O owner, WeakReceiver<? super O, ? super P> receiver) {
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
   * @return true if connected, false if an equal receiver already was
   */
  public <O> boolean connectWeak(
      O owner, WeakReceiver<? super O, ? super P> receiver, Connect options) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(receiver, "receiver");
    return add(receiver, owner, options, sequence -> new Entry.Weak(
        connectedInfo(receiver, options, true), sequence, owner, receiver, collected));
  }

  /**
   * Disconnects a receiver connected for any sender without uid.
   *
   * @return true if it was connected
   */
  public boolean disconnect(SignalReceiver<?> receiver) {
    return disconnect(receiver, Connect.anySender());
  }

  /**
   * Disconnects a receiver. Pass the sender and dispatch uid it was connected with, as in Django:
   * a receiver connected for a sender is not disconnected by a call without it.
   *
   * @return true if something was removed
   */
  public boolean disconnect(SignalReceiver<?> receiver, Connect options) {
    return remove(receiver, null, options);
  }

  /** Disconnects a responder; the same rules as {@link #disconnect(SignalReceiver, Connect)}. */
  public boolean disconnectResponder(SignalResponder<?> responder, Connect options) {
    return remove(responder, null, options);
  }

  /** Disconnects a weak receiver connected for {@code owner}. */
  public boolean disconnectWeak(Object owner, WeakReceiver<?, ?> receiver, Connect options) {
    return remove(receiver, owner, options);
  }

  /**
   * Disconnects the receiver with the dispatch uid and sender of {@code options}, whether it was
   * connected at run time or declared in an installed registry. Django's {@code
   * disconnect(sender=..., dispatch_uid=...)}.
   *
   * @return true if something was removed
   * @throws IllegalArgumentException if {@code options} has no dispatch uid
   */
  public boolean disconnect(Connect options) {
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
   * @return true if something was removed
   */
  public boolean disconnect(ReceiverInfo receiver) {
    synchronized (lock) {
      State current = pruned(state);
      for (int i = 0; i < current.connected.length; i++) {
        if (current.connected[i].info() == receiver) {
          state = current.withConnected(without(current.connected, i));
          return true;
        }
      }
      for (Entry entry : declaredEntries(current)) {
        if (entry.info() == receiver) {
          state = current.withRemoved(entry);
          return true;
        }
      }
      state = current;
      return false;
    }
  }

  private interface EntryFactory {
    Entry create(long sequence);
  }

  private boolean add(Object receiver, Object owner, Connect options, EntryFactory factory) {
    Objects.requireNonNull(options, "options");
    synchronized (lock) {
      State current = pruned(state);
      if (indexOfConnected(current, receiver, owner, options) >= 0
          || declaredByUid(current, options) != null) {
        state = current;
        return false;
      }
      Entry entry = factory.create(connectSequence++);
      Entry[] connected = Arrays.copyOf(current.connected, current.connected.length + 1);
      connected[connected.length - 1] = entry;
      state = current.withConnected(connected);
      return true;
    }
  }

  private boolean remove(Object receiver, Object owner, Connect options) {
    Objects.requireNonNull(options, "options");
    synchronized (lock) {
      State current = pruned(state);
      int index = indexOfConnected(current, receiver, owner, options);
      if (index >= 0) {
        state = current.withConnected(without(current.connected, index));
        return true;
      }
      // With a uid, the uid alone identifies the receiver, as in Django: the same lookup that
      // makes connecting a duplicate of a declared receiver a no-op.
      Entry declaredEntry = declaredByUid(current, options);
      state = declaredEntry == null ? current : current.withRemoved(declaredEntry);
      return declaredEntry != null;
    }
  }

  /** Django's lookup key: (dispatch uid, or else receiver identity) and the exact sender. */
  private static int indexOfConnected(State state, Object receiver, Object owner, Connect key) {
    for (int i = 0; i < state.connected.length; i++) {
      Entry entry = state.connected[i];
      // A weak receiver whose owner is gone no longer counts, even before the reference queue
      // reports it: its uid and key are free again, as after Django's dead-receiver cleanup.
      if (entry.info().sender() != key.sender() || !entry.isLive()) {
        continue;
      }
      if (key.dispatchUid() != null
          ? key.dispatchUid().equals(entry.info().dispatchUid())
          : entry.info().dispatchUid() == null
              && entry.receiver() == receiver
              && entry.owner() == owner) {
        return i;
      }
    }
    return -1;
  }

  private Entry declaredByUid(State state, Connect key) {
    if (key.dispatchUid() == null) {
      return null;
    }
    for (int i = 0; i < installations.length; i++) {
      GeneratedRegistry registry = installations[i].registry;
      for (int id : registry.receivers(registry.route(signalIds[i], key.sender()))) {
        Entry entry = declared(installations[i], id);
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
        Phase.DURING_SEND,
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
   * @param payload the payload
   * @throws ReceiverException for the first receiver that throws; later ones do not run
   */
  public void fire(Class<?> sender, P payload) {
    Objects.requireNonNull(payload, "payload");
    // Kept this small so that the JIT inlines it into the sender's code.
    route(sender).fire(type, payload);
  }

  /**
   * Sends the signal, like Django's {@code send}.
   *
   * @param sender the sender, or null for a send without sender
   * @param payload the payload
   * @return one response per receiver called, in call order; unmodifiable, empty if none
   * @throws ReceiverException for the first receiver that throws; later ones do not run
   */
  public List<Response> send(Class<?> sender, P payload) {
    Objects.requireNonNull(payload, "payload");
    return callAll(route(sender), sender, payload, false);
  }

  /**
   * Sends the signal to every receiver whatever happens, like Django's {@code send_robust}: an
   * {@link Exception} thrown by a receiver becomes its response (see {@link Response#error()}) and
   * is logged at {@code ERROR} on the {@code System.Logger} named {@code io.signals4j}, with the
   * receiver, signal and sender. An {@link Error} propagates at once.
   *
   * @return one response per receiver called, in call order; unmodifiable
   */
  public List<Response> sendRobust(Class<?> sender, P payload) {
    Objects.requireNonNull(payload, "payload");
    return callAll(route(sender), sender, payload, true);
  }

  /**
   * Sends the signal on the default executor of the {@link Signals} it belongs to: virtual
   * threads on JVMs that have them. See {@link #sendAsync(Class, Object, Executor)}.
   */
  public CompletableFuture<List<Response>> sendAsync(Class<?> sender, P payload) {
    return sendAsync(sender, payload, signals.asyncExecutor());
  }

  /**
   * Sends the signal on {@code executor}, like Django's {@code asend}. The receivers present now
   * run one after the other in one task, in dispatch order; a receiver that returns a {@link
   * CompletionStage} is awaited, and its result becomes its response, so receivers that start
   * asynchronous work run concurrently.
   *
   * @return completes with the responses once every receiver and every returned stage has
   *     completed; completes exceptionally with a {@link ReceiverException} (which {@link
   *     CompletableFuture#join()} reports wrapped in a {@link CompletionException}) as soon as a
   *     receiver throws or a returned stage fails, without waiting for the other stages;
   *     receivers after one that threw do not run
   */
  public CompletableFuture<List<Response>> sendAsync(Class<?> sender, P payload, Executor executor) {
    return sendAsync(sender, payload, executor, false);
  }

  /** Robust asynchronous send on the default executor; see {@link #sendRobustAsync(Class, Object, Executor)}. */
  public CompletableFuture<List<Response>> sendRobustAsync(Class<?> sender, P payload) {
    return sendRobustAsync(sender, payload, signals.asyncExecutor());
  }

  /**
   * Like {@link #sendAsync(Class, Object, Executor)}, but every receiver runs and a failure,
   * whether thrown or a failed stage, becomes that receiver's response and is logged as by {@link
   * #sendRobust}: Django's {@code asend_robust}. The future fails only on an {@link Error}.
   */
  public CompletableFuture<List<Response>> sendRobustAsync(
      Class<?> sender, P payload, Executor executor) {
    return sendAsync(sender, payload, executor, true);
  }

  private CompletableFuture<List<Response>> sendAsync(
      Class<?> sender, P payload, Executor executor, boolean robust) {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(executor, "executor");
    Route route = route(sender);
    if (route.entries.length == 0) {
      return CompletableFuture.completedFuture(List.of());
    }
    return CompletableFuture.supplyAsync(() -> callAll(route, sender, payload, robust), executor)
        .thenCompose(responses -> awaitStages(responses, sender, robust));
  }

  private List<Response> callAll(Route route, Class<?> sender, P payload, boolean robust) {
    Entry[] entries = route.entries;
    if (entries.length == 0) {
      return List.of();
    }
    List<Response> responses = new ArrayList<>(entries.length);
    for (Entry entry : entries) {
      Object value;
      try {
        value = entry.call(sender, payload);
      } catch (Exception e) {
        if (!robust) {
          throw new ReceiverException(entry.info(), type, sender, e);
        }
        logFailure(entry.info(), sender, e);
        responses.add(new Response(entry.info(), null, e));
        continue;
      }
      if (value != Entry.GONE) {
        responses.add(new Response(entry.info(), value, null));
      }
    }
    return Collections.unmodifiableList(responses);
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
      int slot = i;
      ReceiverInfo receiver = settled[i].receiver();
      stage.whenComplete((value, failure) -> {
        if (failure == null) {
          settled[slot] = new Response(receiver, value, null);
        } else {
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause()
              : failure;
          if (cause instanceof Error || !robust) {
            result.completeExceptionally(cause instanceof Error
                ? cause
                : new ReceiverException(receiver, type, sender, cause));
            return;
          }
          // A stage can fail with a Throwable that is neither an Exception nor an Error; a
          // Response holds only an Exception, so such a failure is reported wrapped.
          Exception error = cause instanceof Exception exception
              ? exception
              : new ReceiverException(receiver, type, sender, cause);
          logFailure(receiver, sender, error);
          settled[slot] = new Response(receiver, null, error);
        }
        if (unsettled.decrementAndGet() == 0) {
          result.complete(List.of(settled));
        }
      });
    }
    return result;
  }

  private void logFailure(ReceiverInfo receiver, Class<?> sender, Exception failure) {
    RobustLog.LOGGER.log(
        Level.ERROR,
        () -> "sendRobust(): " + ReceiverException.describe(receiver, type, sender),
        failure);
  }

  // ---------------------------------------------------------------------------------------------
  // Listening, muting and introspection

  /**
   * Whether a send from {@code sender} would reach a live receiver now, muting included: cheap
   * enough to guard building an expensive payload. {@code hasListeners(null)} asks about sends
   * without sender, which reach only the any-sender receivers: Django's {@code has_listeners()}.
   */
  public boolean hasListeners(Class<?> sender) {
    return route(sender).hasLive();
  }

  /**
   * Every live receiver of this signal, declared or connected, whatever its sender, in dispatch
   * order. Muting does not hide receivers here.
   */
  public List<ReceiverInfo> receivers() {
    expungeCollected();
    State current = state;
    List<Entry> entries = new ArrayList<>(declaredEntries(current));
    for (Entry entry : current.connected) {
      if (entry.isLive()) {
        entries.add(entry);
      }
    }
    entries.sort(Entry.DISPATCH_ORDER);
    return infos(entries);
  }

  /**
   * The live receivers that a send from {@code sender} would call now, in call order: empty while
   * the signal or that sender is muted.
   */
  public List<ReceiverInfo> receivers(Class<?> sender) {
    List<Entry> live = new ArrayList<>();
    for (Entry entry : route(sender).entries) {
      if (entry.isLive()) {
        live.add(entry);
      }
    }
    return infos(live);
  }

  /** Silences the whole signal until the returned muting is closed; see {@link Muting}. */
  public Muting mute() {
    adjustSilence(1);
    return new Muting(() -> adjustSilence(-1));
  }

  /**
   * Silences sends from exactly these senders ({@code null} for sends without sender) until the
   * returned muting is closed; see {@link Muting}.
   */
  public Muting mute(Class<?>... senders) {
    // mute(null) passes a null array, not an array holding null: it means sends without sender.
    List<Class<?>> silenced =
        senders == null ? Collections.singletonList(null) : Arrays.asList(senders.clone());
    adjustSilence(silenced, 1);
    return new Muting(() -> adjustSilence(silenced, -1));
  }

  void adjustSilence(int delta) {
    synchronized (lock) {
      State current = pruned(state);
      state = current.withSilence(current.silenced + delta, current.silencedSenders);
    }
  }

  private void adjustSilence(List<Class<?>> senders, int delta) {
    synchronized (lock) {
      State current = pruned(state);
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
    if (recent != null && recent.sender == sender) {
      return recent;
    }
    return resolve(current, sender);
  }

  private Route resolve(State current, Class<?> sender) {
    if (collected.poll() != null) {
      expungeNow();
      current = state;
    }
    Class<?> key = sender == null ? NO_SENDER : sender;
    Route route = current.routes.get(key);
    if (route == null) {
      route = build(current, sender);
      Route raced = current.routes.putIfAbsent(key, route);
      if (raced != null) {
        route = raced;
      }
    }
    current.recent = route;
    return route;
  }

  private Route build(State current, Class<?> sender) {
    if (current.silenced > 0 || current.silencedSenders.containsKey(sender)) {
      return Route.empty(sender);
    }
    List<Entry> entries = new ArrayList<>();
    // Entries of one registry only are in dispatch order by id; a mix needs their descriptions.
    Installation contributor = null;
    boolean mixed = false;
    // Whether the entries are exactly the registry's route, which can then fire them itself.
    boolean wholeRoute = true;
    int generatedRoute = -1;
    for (int i = 0; i < installations.length; i++) {
      GeneratedRegistry registry = installations[i].registry;
      int route = registry.route(signalIds[i], sender);
      int before = entries.size();
      for (int id : registry.receivers(route)) {
        Entry entry = declared(installations[i], id);
        if (current.removed.contains(entry)) {
          wholeRoute = false;
        } else {
          entries.add(entry);
        }
      }
      generatedRoute = entries.size() > before ? route : generatedRoute;
      if (sender != null) {
        for (int id : registry.subclassReceivers(signalIds[i])) {
          Entry entry = declared(installations[i], id);
          if (entry.info().sender() != sender
              && entry.info().hears(sender)
              && !current.removed.contains(entry)) {
            entries.add(entry);
            wholeRoute = false;
          }
        }
      }
      if (entries.size() > before) {
        mixed |= contributor != null;
        contributor = installations[i];
      }
    }
    for (Entry entry : current.connected) {
      if (entry.isLive() && entry.info().hears(sender)) {
        entries.add(entry);
        mixed = true;
      }
    }
    entries.sort(mixed ? Entry.DISPATCH_ORDER : Entry.ID_ORDER);
    Entry[] ordered = entries.toArray(new Entry[0]);
    return wholeRoute && !mixed && contributor != null
            && contributor.registry.firesRoute(generatedRoute)
        ? new Route(sender, ordered, contributor, generatedRoute)
        : new Route(sender, ordered);
  }

  private List<Entry> declaredEntries(State current) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < installations.length; i++) {
      for (int id : installations[i].registry.allReceivers(signalIds[i])) {
        Entry entry = declared(installations[i], id);
        if (!current.removed.contains(entry)) {
          entries.add(entry);
        }
      }
    }
    return entries;
  }

  /** One entry per declared receiver, so that identity-based bookkeeping works. */
  private Entry.Declared declared(Installation installation, int id) {
    long key = ((long) installation.rank << 32) | (id & 0xFFFF_FFFFL);
    Entry.Declared entry = declared.get(key);
    if (entry == null) {
      entry = new Entry.Declared(installation, id);
      Entry.Declared raced = declared.putIfAbsent(key, entry);
      if (raced != null) {
        entry = raced;
      }
    }
    return entry;
  }

  private void expungeCollected() {
    if (collected.poll() != null) {
      expungeNow();
    }
  }

  /** Called after a poll of {@link #collected} that found something, which it has consumed. */
  private void expungeNow() {
    synchronized (lock) {
      while (collected.poll() != null) {
        // drained: withoutDead looks at every entry anyway
      }
      state = withoutDead(state);
    }
  }

  /**
   * {@code current} without the weak receivers whose owners are gone. Called with the lock held;
   * the garbage collector only enqueues references, it never calls back into the signal, so
   * cleanup can't deadlock the way Django's once did (#21952).
   */
  private State pruned(State current) {
    boolean anyCollected = false;
    while (collected.poll() != null) {
      anyCollected = true;
    }
    return anyCollected ? withoutDead(current) : current;
  }

  /** {@code current} without the weak receivers whose owners are gone. */
  private static State withoutDead(State current) {
    List<Entry> live = new ArrayList<>(current.connected.length);
    for (Entry entry : current.connected) {
      if (entry.isLive()) {
        live.add(entry);
      }
    }
    return live.size() == current.connected.length
        ? current
        : current.withConnected(live.toArray(new Entry[0]));
  }

  private static Entry[] without(Entry[] entries, int index) {
    Entry[] copy = new Entry[entries.length - 1];
    System.arraycopy(entries, 0, copy, 0, index);
    System.arraycopy(entries, index + 1, copy, index, entries.length - index - 1);
    return copy;
  }

  /**
   * Holds the logger of robust sends, so that the JVM's logging is set up on the first failure
   * rather than when the first signal is created: it costs milliseconds at start-up.
   */
  private static final class RobustLog {
    static final System.Logger LOGGER = System.getLogger("io.signals4j");
  }

  /**
   * Everything that decides who a send reaches, immutable, plus the routes worked out from it.
   * Every change makes a new state, which drops the old routes with it.
   */
  private static final class State {
    final Entry[] connected;
    final Set<Entry> removed;
    final int silenced;
    final Map<Class<?>, Integer> silencedSenders;
    final ConcurrentHashMap<Class<?>, Route> routes = new ConcurrentHashMap<>();

    /**
     * The last route resolved. A plain field: threads may miss each other's writes, which costs
     * them a map lookup, and a {@link Route} is immutable with final fields, so a racy read never
     * sees a half-built one.
     */
    Route recent;

    State(
        Entry[] connected,
        Set<Entry> removed,
        int silenced,
        Map<Class<?>, Integer> silencedSenders) {
      this.connected = connected;
      this.removed = removed;
      this.silenced = silenced;
      this.silencedSenders = silencedSenders;
    }

    State withConnected(Entry[] entries) {
      return new State(entries, removed, silenced, silencedSenders);
    }

    State withRemoved(Entry entry) {
      Set<Entry> more = Collections.newSetFromMap(new IdentityHashMap<>());
      more.addAll(removed);
      more.add(entry);
      return new State(connected, more, silenced, silencedSenders);
    }

    State withSilence(int all, Map<Class<?>, Integer> senders) {
      return new State(connected, removed, all, senders);
    }
  }
}
