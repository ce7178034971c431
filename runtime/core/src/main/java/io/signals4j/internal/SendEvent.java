package io.signals4j.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * One send, as JDK Flight Recorder records it: how it was sent, the signal, the sender, how many
 * receivers it called, whether one failed, and how long it took. Recorded for {@code fire}, {@code
 * send} and {@code sendRobust} (an asynchronous send is recorded as the send its task makes); a
 * send that reaches no receiver is not recorded. See the README's "Observability" for how to record
 * and read it.
 *
 * <p>Costs nothing until Flight Recorder has started in the JVM: the runtime makes no event
 * before {@code FlightRecorder.isInitialized()}, a read of a static field, is true, since the first
 * event object a JVM makes starts Flight Recorder's Java side (some 250 ms and a hundred classes on
 * JDK 17). Once it has started, an event is made per send, and the JIT inlines {@code begin},
 * {@code end} and {@code shouldCommit} and drops the object unless a recording enables the event.
 */
@Name("io.signals4j.Send")
@Label("Signal Send")
@Category("signals4j")
@Description("A send of a signal: how it was sent, its signal, sender, receivers called, and duration")
@StackTrace(false)
public final class SendEvent extends Event {

  /** How it was sent: {@code "fire"}, {@code "send"} or {@code "sendRobust"}. */
  @Label("Kind")
  @Description("fire, send or sendRobust")
  public String kind;

  /** The payload type of the signal. */
  @Label("Signal")
  public Class<?> signal;

  /** The sender, or null for a send without sender. */
  @Label("Sender")
  public Class<?> sender;

  /** How many receivers the send was to call; the failing one is the last called. */
  @Label("Receivers")
  public int receivers;

  /** Whether the send failed: a receiver threw, or it was refused. */
  @Label("Failed")
  public boolean failed;

  /** For the runtime, which records every send with one. */
  public SendEvent() {}

  /**
   * Fills in the send and commits the event; called only when {@link #shouldCommit()} is true.
   *
   * @param kind {@code "send"}, {@code "sendRobust"} or {@code "fire"}
   * @param signal the signal's type
   * @param sender the sender, or null
   * @param receivers the receivers of the route
   * @param failed whether a receiver threw
   */
  public void record(
      String kind, Class<?> signal, Class<?> sender, int receivers, boolean failed) {
    this.kind = kind;
    this.signal = signal;
    this.sender = sender;
    this.receivers = receivers;
    this.failed = failed;
    commit();
  }
}
