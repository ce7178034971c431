package io.signals4j;

import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.RegistryReference;
import io.signals4j.spi.SendObserver;
import io.signals4j.spi.TransactionHook;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The signals of one application: the installed registries, the {@link Signal} of every payload
 * type, and switches to mute them.
 *
 * <p>Creating one is the Java counterpart of Django's {@code AppConfig.ready()}: it installs the
 * registries that the processor generated, one per module, like {@code INSTALLED_APPS}. Nothing is
 * scanned, loaded by name or called reflectively; a receiver exists because the registry that
 * declares it is installed.
 *
 * <pre>{@code
 * Signals signals = Signals.ready(BillingSignals.REGISTRY, ShopSignals.REGISTRY);
 * Signal<OrderPlaced> orderPlaced = signals.signal(OrderPlaced.class);
 * orderPlaced.send(Checkout.class, new OrderPlaced(order));
 * }</pre>
 *
 * <p>Thread-safe. Applications normally create one and share it; tests may create as many as
 * they like, since nothing is global.
 */
public final class Signals {

  /** How many sends may be in progress on one thread unless {@link Builder#recursionLimit} says. */
  public static final int DEFAULT_RECURSION_LIMIT = 100;

  /**
   * Signal types by name. A class rather than {@code Comparator.comparing(Class::getName)}: it is
   * first used while an application starts, where linking the method reference and the lambda
   * inside {@code comparing} took 2.5 ms, a seventh of installing and resolving 1,000 receivers.
   */
  private static final Comparator<Class<?>> BY_NAME =
      new Comparator<>() {
        @Override
        public int compare(Class<?> a, Class<?> b) {
          return a.getName().compareTo(b.getName());
        }
      };

  private final Installation[] installations;
  /** The application's executor, or null for the default, created on the first asynchronous send. */
  private final Executor asyncExecutor;
  private final int recursionLimit;
  private final Map<Class<?>, Signal<?>> signals = new ConcurrentHashMap<>();
  private final List<TransactionHook> transactionHooks = new CopyOnWriteArrayList<>();

  /** Guarded by {@code this} for changes; read without a lock when routes are resolved. */
  private volatile SendObserver[] observers;

  /** Guarded by {@code this}: how many {@link #muteAll()} mutings are open. */
  private int mutedAll;

  private Signals(Builder builder) {
    this.asyncExecutor = builder.asyncExecutor;
    this.recursionLimit = builder.recursionLimit;
    this.transactionHooks.addAll(builder.transactionHooks);
    this.observers = builder.logSends || SendLog.requestedByProperty()
        ? new SendObserver[] {SendLog.INSTANCE}
        : new SendObserver[0];
    List<GeneratedRegistry> registries = new ArrayList<>(builder.registries.values());
    this.installations = new Installation[registries.size()];
    for (int rank = 0; rank < installations.length; rank++) {
      GeneratedRegistry registry = registries.get(rank);
      installations[rank] =
          new Installation(registry, rank, builder.supplied, builder.providers);
    }
  }

  /**
   * Installs registries that need no supplied instances; see {@link Builder} for the others.
   * Receivers declared in several registries run, at equal order, in the order of the registries
   * here.
   *
   * @param registries the {@code REGISTRY} fields of generated registries; none for an application
   *     whose receivers are all connected at run time
   * @return the application's signals, ready to send
   * @throws IllegalArgumentException as {@link Builder#install} does
   * @throws IllegalStateException if a registry needs a {@link Supplied} instance, which only the
   *     builder can give, or a receiver class could not be constructed
   */
  public static Signals ready(SignalRegistry... registries) {
    return builder().install(registries).ready();
  }

  /**
   * Starts configuring a {@link Signals}: registries, supplied instances, executor, transactions
   * and recursion limit.
   *
   * @return a new builder with nothing installed
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The signal with payload type {@code type}, created on first use. Keep the result: it is the
   * fast way to send.
   *
   * <p>For a generic payload type, name its type argument through the variable the result is
   * assigned to: {@code Signal<Saved<User>> userSaved = signals.signal(Saved.class);}. All handles
   * of one payload type are the same signal; the type argument only types what the handle sends
   * and connects, as with any erased generic type: a receiver connected for any sender through a
   * {@code Signal<Saved<User>>} also hears {@code Saved<Order>} sends. Declared receivers are
   * checked when they compile; connect a receiver for a particular sender, or accept {@code
   * Saved<?>}, to keep a connected one just as safe.
   *
   * @param <P> the payload type the handle sends and connects, usually {@code type} itself
   * @param type the payload type that identifies the signal, not null
   * @return the one signal of {@code type} in this application, the same object on every call
   * @throws NullPointerException if {@code type} is null
   */
  @SuppressWarnings("unchecked")
  public <P> Signal<P> signal(Class<? super P> type) {
    Objects.requireNonNull(type, "type");
    Signal<?> signal = signals.get(type);
    if (signal == null) {
      synchronized (this) {
        // Under the lock, so that a signal is created with the mutings open at that moment.
        signal = signals.get(type);
        if (signal == null) {
          signal = new Signal<P>(type, this, installations, mutedAll);
          signals.put(type, signal);
        }
      }
    }
    return (Signal<P>) signal;
  }

  /**
   * Same as {@code signal(type).hasListeners(sender)}, except that asking about a signal nothing
   * has used and no registry declares does not create it.
   *
   * @param type the payload type of the signal, not null
   * @param sender the sender, or null for sends without sender
   * @return whether a send from {@code sender} would reach a live receiver now, muting included
   * @throws NullPointerException if {@code type} is null
   */
  public boolean hasListeners(Class<?> type, Class<?> sender) {
    Objects.requireNonNull(type, "type");
    Signal<?> signal = signals.get(type);
    if (signal == null && !declared(type)) {
      return false;
    }
    return signal(type).hasListeners(sender);
  }

  private boolean declared(Class<?> type) {
    for (Installation installation : installations) {
      if (installation.registry.signalId(type) != GeneratedRegistry.NO_SIGNAL) {
        return true;
      }
    }
    return false;
  }

  /**
   * Silences one signal for every sender until the muting is closed; see {@link Muting}.
   *
   * @param type the payload type of the signal, not null
   * @return the muting, to close
   * @throws NullPointerException if {@code type} is null
   */
  public Muting mute(Class<?> type) {
    Objects.requireNonNull(type, "type");
    return signal(type).mute();
  }

  /**
   * Silences sends of one signal from exactly these senders until the muting is closed; see
   * {@link Muting}.
   *
   * @param type the payload type of the signal, not null
   * @param senders the senders to silence, {@code null} among them for sends without sender
   * @return the muting, to close
   * @throws NullPointerException if {@code type} is null
   */
  public Muting mute(Class<?> type, Class<?>... senders) {
    Objects.requireNonNull(type, "type");
    return signal(type).mute(senders);
  }

  /**
   * Silences every signal, including those first used while the muting is open, until it is
   * closed: for bulk imports and tests. See {@link Muting}.
   *
   * @return the muting, to close
   */
  public Muting muteAll() {
    adjustMuteAll(1);
    return new Muting(() -> adjustMuteAll(-1));
  }

  private synchronized void adjustMuteAll(int delta) {
    mutedAll += delta;
    for (Signal<?> signal : signals.values()) {
      signal.adjustSilence(delta);
    }
  }

  /**
   * The installed registries, in install order.
   *
   * @return an unmodifiable list, each registry once however often it was installed
   */
  public List<SignalRegistry> registries() {
    List<SignalRegistry> registries = new ArrayList<>(installations.length);
    for (Installation installation : installations) {
      registries.add(installation.registry);
    }
    return List.copyOf(registries);
  }

  /**
   * Every signal type known here: those with receivers in an installed registry and those used
   * through {@link #signal(Class)}, sorted by name.
   *
   * @return a new set, which later calls of {@link #signal(Class)} do not change
   */
  public Set<Class<?>> signalTypes() {
    Set<Class<?>> types = new TreeSet<>(BY_NAME);
    for (Installation installation : installations) {
      types.addAll(Arrays.asList(installation.registry.signalTypes()));
    }
    types.addAll(signals.keySet());
    return types;
  }

  /**
   * A readable list of every receiver of every signal, in dispatch order: what is connected to
   * what, and where it comes from.
   *
   * @return one line per signal type, followed by one indented line per receiver, each a {@link
   *     ReceiverInfo#toString()}
   */
  public String describe() {
    StringBuilder text = new StringBuilder();
    for (Class<?> type : signalTypes()) {
      List<ReceiverInfo> receivers = signal(type).receivers();
      text.append(type.getName()).append(receivers.isEmpty() ? ": no receivers\n" : ":\n");
      for (ReceiverInfo receiver : receivers) {
        text.append("  ").append(receiver).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * Adds a transaction hook after creation: for integrations that start once the application's
   * {@code Signals} exists, such as a persistence unit given it at bootstrap. Adding the same hook
   * object again has no effect. See {@link Phase}.
   *
   * @param hook the hook, asked after those given to the builder and those added before
   * @throws NullPointerException if {@code hook} is null
   */
  public void addTransactionHook(TransactionHook hook) {
    Objects.requireNonNull(hook, "hook");
    synchronized (transactionHooks) {
      if (!transactionHooks.contains(hook)) {
        transactionHooks.add(hook);
      }
    }
  }

  /**
   * Adds a transaction hook to be asked before every hook there now: for a hook whose transactions
   * must take precedence over the application's, such as the captures of a test that runs inside
   * a transaction of the application's own. A hook already there moves to the front. See {@link
   * #addTransactionHook}.
   *
   * @param hook the hook, asked first until another is added first
   * @throws NullPointerException if {@code hook} is null
   */
  public void addTransactionHookFirst(TransactionHook hook) {
    Objects.requireNonNull(hook, "hook");
    synchronized (transactionHooks) {
      int present = transactionHooks.indexOf(hook);
      if (present == 0) {
        return;
      }
      // Added before it is removed from where it was, so that a send meanwhile never misses it;
      // asking a hook twice is harmless, since it answers the same both times.
      transactionHooks.add(0, hook);
      if (present > 0) {
        transactionHooks.remove(present + 1);
      }
    }
  }

  /**
   * Stops asking {@code hook} about transactions: for an integration whose transactions end with
   * it, such as a persistence unit that closes, or a test that captured them. Receivers it was
   * already handed still complete as it tells them.
   *
   * @param hook a hook given to the builder or added since
   * @return whether it was there
   */
  public boolean removeTransactionHook(TransactionHook hook) {
    // Under the lock of the other changes, which rely on the positions staying where they were.
    synchronized (transactionHooks) {
      return transactionHooks.remove(hook);
    }
  }

  /**
   * Tells {@code observer} of every send from now on, muted ones and those that reach nobody too,
   * and of the runs of receivers that waited for a transaction: for test helpers that record
   * sends, for monitoring, and for {@link SendLog#INSTANCE}, which logs them (see {@link
   * Builder#logSends()}). Adding the same observer again has no effect. Costs nothing while no
   * observer is added.
   *
   * @param observer the observer
   */
  public synchronized void addSendObserver(SendObserver observer) {
    Objects.requireNonNull(observer, "observer");
    for (SendObserver existing : observers) {
      if (existing == observer) {
        return;
      }
    }
    SendObserver[] more = Arrays.copyOf(observers, observers.length + 1);
    more[observers.length] = observer;
    observers = more;
    for (Signal<?> signal : signals.values()) {
      signal.observersChanged();
    }
  }

  /**
   * Stops telling {@code observer} of sends.
   *
   * @param observer an observer added before
   * @return whether it had been added
   */
  public synchronized boolean removeSendObserver(SendObserver observer) {
    List<SendObserver> fewer = new ArrayList<>(Arrays.asList(observers));
    if (!fewer.remove(observer)) {
      return false;
    }
    observers = fewer.toArray(new SendObserver[0]);
    for (Signal<?> signal : signals.values()) {
      signal.observersChanged();
    }
    return true;
  }

  SendObserver[] observers() {
    return observers;
  }

  /** How many sends may be in progress on one thread; see {@link Builder#recursionLimit}. */
  int recursionLimit() {
    return recursionLimit;
  }

  /** The transaction hooks, asked in order which one has a transaction active. */
  List<TransactionHook> transactionHooks() {
    return transactionHooks;
  }

  Executor asyncExecutor() {
    return asyncExecutor != null ? asyncExecutor : AsyncDefaults.executor();
  }

  @Override
  public String toString() {
    return "Signals" + registries().stream().map(SignalRegistry::name).toList();
  }

  /**
   * Gives a registry the instances of its {@link Supplied} receiver classes, typically from a
   * dependency injection container.
   */
  @FunctionalInterface
  public interface InstanceProvider {

    /**
     * The instance that receivers declared in {@code type} are called on.
     *
     * @param type a receiver class marked {@link Supplied}
     * @return an instance of {@code type}, or null if this provider has none, so that the next
     *     provider is asked
     */
    Object instanceOf(Class<?> type);
  }

  /** Configures and creates a {@link Signals}. Not thread-safe; use it from one thread. */
  public static final class Builder {

    private final Map<String, GeneratedRegistry> registries = new LinkedHashMap<>();
    private final Map<Class<?>, Object> supplied = new HashMap<>();
    private final List<InstanceProvider> providers = new ArrayList<>();
    private Executor asyncExecutor;
    private final List<TransactionHook> transactionHooks = new ArrayList<>();
    private int recursionLimit = DEFAULT_RECURSION_LIMIT;
    private boolean logSends;

    private Builder() {}

    /**
     * Installs registries, in order. Installing the same registry again has no effect, so an
     * application that runs its setup twice does not get every receiver twice.
     *
     * @param registries the {@code REGISTRY} fields of generated registries
     * @return this builder
     * @throws IllegalArgumentException if a registry was not generated by the signals4j processor,
     *     or has the name of another registry installed here (two modules that generated a
     *     registry of the same name: give one of them another with {@link SignalsApp})
     */
    public Builder install(SignalRegistry... registries) {
      Objects.requireNonNull(registries, "registries");
      for (SignalRegistry registry : registries) {
        Objects.requireNonNull(registry, "registry");
        GeneratedRegistry generated = generated(registry);
        GeneratedRegistry namesake = this.registries.putIfAbsent(generated.name(), generated);
        if (namesake != null && namesake.getClass() != generated.getClass()) {
          throw new IllegalArgumentException(
              "Two registries are named " + generated.name() + ": " + namesake.getClass().getName()
                  + " (loaded by " + namesake.getClass().getClassLoader() + ") and "
                  + generated.getClass().getName() + " (loaded by "
                  + generated.getClass().getClassLoader() + "); only one of them could be"
                  + " installed, and the other's receivers would silently never run. Give one"
                  + " module another registry name with @SignalsApp(registry = ...)");
        }
      }
      return this;
    }

    /**
     * Installs every registry that {@link RegistryDiscovery} finds on the class path and the
     * module path, after those installed so far: the opt-in alternative to listing them, like
     * Django's {@code INSTALLED_APPS} read from the environment. Explicit {@link #install} stays the
     * better default, since a missing module then fails to compile rather than staying silent.
     *
     * @return this builder
     */
    public Builder installDiscovered() {
      return install(RegistryDiscovery.registries().toArray(new SignalRegistry[0]));
    }

    /**
     * Supplies the instance that receivers declared in {@code type} are called on. Supplying
     * {@code type} again replaces the instance; a supplied instance is preferred to any provider's.
     *
     * @param <T> the receiver class
     * @param type a receiver class, normally marked {@link Supplied}
     * @param instance the object its receivers are called on
     * @return this builder
     * @throws NullPointerException if {@code type} or {@code instance} is null
     */
    public <T> Builder supply(Class<T> type, T instance) {
      Objects.requireNonNull(type, "type");
      supplied.put(type, type.cast(Objects.requireNonNull(instance, "instance")));
      return this;
    }

    /**
     * Asks {@code provider} for supplied instances not given with {@link #supply}; providers are
     * asked in the order they were added.
     *
     * @param provider the provider, for example one that looks beans up in a container
     * @return this builder
     * @throws NullPointerException if {@code provider} is null
     */
    public Builder supplyFrom(InstanceProvider provider) {
      providers.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * The executor that asynchronous sends run their receivers on. The default is a cached pool of
     * daemon threads named {@code signals4j-async-N}, on every JVM; on Java 21 and newer, pass
     * {@code Executors.newVirtualThreadPerTaskExecutor()} for virtual threads.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder asyncExecutor(Executor executor) {
      this.asyncExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Lets sends see the transactions of these hooks, so that {@linkplain Phase#AFTER_COMMIT
     * after-commit} receivers wait for them; asked in the order added.
     *
     * @param hooks the hooks, such as those of the persistence integrations
     * @return this builder
     * @throws NullPointerException if a hook is null
     */
    public Builder transactions(TransactionHook... hooks) {
      for (TransactionHook hook : hooks) {
        transactionHooks.add(Objects.requireNonNull(hook, "hook"));
      }
      return this;
    }

    /**
     * How many sends may be in progress on one thread at once, {@value #DEFAULT_RECURSION_LIMIT}
     * unless set: a send beyond it throws a {@link RecursiveSendException} instead of overflowing
     * the stack. Re-entrant sends a few levels deep are ordinary (a receiver that saves another
     * entity, whose save sends again); a receiver that re-sends without end reaches the limit.
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder recursionLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("recursionLimit must be at least 1, not " + limit);
      }
      this.recursionLimit = limit;
      return this;
    }

    /**
     * Logs every send of these signals, and every run of receivers that waited for a transaction,
     * one line each at {@code DEBUG} on the {@code System.Logger} {@value SendLog#LOGGER_NAME}; see
     * {@link SendLog}. The system property {@value SendLog#PROPERTY}{@code =true} does the same
     * for every {@code Signals} of the JVM, without a change to the code. Asked for, not detected
     * from the logger's level: finding the level starts the logging back end, which costs a JVM
     * that has not logged yet some 20 ms, more than the whole installation.
     *
     * @return this builder
     */
    public Builder logSends() {
      this.logSends = true;
      return this;
    }

    /**
     * Installs the registries: creates their receiver instances and returns the signals.
     *
     * @return the application's signals, ready to send
     * @throws IllegalStateException if a registry needs a supplied instance that was not supplied,
     *     or a receiver class could not be constructed
     */
    public Signals ready() {
      return new Signals(this);
    }

    private static GeneratedRegistry generated(SignalRegistry registry) {
      if (registry instanceof GeneratedRegistry generated) {
        return generated;
      }
      // Asked second, so that an application installing REGISTRY fields never loads the class.
      SignalRegistry found =
          registry instanceof RegistryReference reference ? reference.registry() : registry;
      if (!(found instanceof GeneratedRegistry generated)) {
        throw new IllegalArgumentException(
            registry.getClass().getName() + " is not a registry generated by the signals4j"
                + " processor; install the REGISTRY field of a generated one");
      }
      return generated;
    }
  }
}
