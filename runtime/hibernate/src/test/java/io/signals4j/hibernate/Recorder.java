package io.signals4j.hibernate;

import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.model.ClassPrepared;
import io.signals4j.model.M2mChanged;
import io.signals4j.model.PostDelete;
import io.signals4j.model.PostInit;
import io.signals4j.model.PostSave;
import io.signals4j.model.PreDelete;
import io.signals4j.model.PreInit;
import io.signals4j.model.PreSave;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One any-sender receiver on every model signal, connected once per factory: it records each send
 * and runs what the current test asked for, so that tests share a factory without disconnecting.
 */
final class Recorder {

  /** One send as a receiver saw it. */
  record Sent(Class<?> signal, Class<?> sender, Object payload) {
    @Override
    public String toString() {
      return describe(signal, sender, payload);
    }
  }

  /** What a test wants done when a signal arrives. */
  @FunctionalInterface
  interface Reaction {
    void react(Object payload, Class<?> sender) throws Exception;
  }

  static final List<Class<?>> MODEL_SIGNALS =
      List.of(
          PreInit.class,
          PostInit.class,
          PreSave.class,
          PostSave.class,
          PreDelete.class,
          PostDelete.class,
          M2mChanged.class,
          ClassPrepared.class);

  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final Map<Class<?>, Reaction> reactions = new ConcurrentHashMap<>();

  Recorder(Signals signals) {
    for (Class<?> type : MODEL_SIGNALS) {
      connect(signals, type);
    }
  }

  private <P> void connect(Signals signals, Class<P> type) {
    Signal<P> signal = signals.signal(type);
    signal.connect(
        (payload, sender) -> {
          sent.add(new Sent(type, sender, payload));
          Reaction reaction = reactions.get(type);
          if (reaction != null) {
            reaction.react(payload, sender);
          }
        });
  }

  /** Runs {@code reaction} on every send of {@code type} until {@link #reset()}. */
  void on(Class<?> type, Reaction reaction) {
    reactions.put(type, reaction);
  }

  void reset() {
    sent.clear();
    reactions.clear();
  }

  /** Forgets the sends so far, keeping the reactions. */
  void forgetSends() {
    sent.clear();
  }

  /** Every send so far, init and class_prepared signals left out. */
  List<Sent> writes() {
    List<Sent> writes = new ArrayList<>();
    for (Sent s : sent) {
      if (s.signal() != PreInit.class
          && s.signal() != PostInit.class
          && s.signal() != ClassPrepared.class) {
        writes.add(s);
      }
    }
    return writes;
  }

  /** {@link #writes()} as short strings, like {@code "post_save User created"}. */
  List<String> log() {
    return writes().stream().map(Sent::toString).toList();
  }

  /** The payloads of one signal, in order. */
  <P> List<P> payloads(Class<P> type) {
    List<P> payloads = new ArrayList<>();
    for (Sent s : sent) {
      if (s.signal() == type) {
        payloads.add(type.cast(s.payload()));
      }
    }
    return payloads;
  }

  List<Sent> all() {
    return List.copyOf(sent);
  }

  private static String describe(Class<?> signal, Class<?> sender, Object payload) {
    String who = sender == null ? "-" : sender.getSimpleName();
    if (payload instanceof PreSave<?> p) {
      return "pre_save " + who + (p.created() ? " created" : " " + p.updateFields());
    }
    if (payload instanceof PostSave<?> p) {
      return "post_save " + who + (p.created() ? " created" : " " + p.updateFields());
    }
    if (payload instanceof PreDelete<?> p) {
      return "pre_delete " + who + " " + p.instance();
    }
    if (payload instanceof PostDelete<?> p) {
      return "post_delete " + who + " " + p.instance();
    }
    if (payload instanceof M2mChanged<?> p) {
      return "m2m_changed " + who + "." + p.attribute() + " " + p.action() + " " + p.pkSet();
    }
    return signal.getSimpleName() + " " + who;
  }
}
