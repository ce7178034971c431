package io.signals4j.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * One send, as JDK Flight Recorder records it: the signal, the sender, how many receivers it
 * called, and how long it took. Recorded for {@code send} and {@code sendRobust}; {@code fire}
 * is not recorded, since the event measurably slowed it even with no recording (about 0.7 ns on a
 * 3.4 ns send). See the README's "Observability" for how to record and read it.
 *
 * <p>Costs nothing while no recording has it enabled: Flight Recorder adds the code that records
 * only to event classes that a recording enables, and until then {@code begin}, {@code
 * shouldCommit} and {@code commit} are empty, and the JIT removes the event altogether.
 */
@Name("io.signals4j.Send")
@Label("Signal Send")
@Category("signals4j")
@Description("A send of a signal: its signal, sender, receivers called, and duration")
@StackTrace(false)
public final class SendEvent extends Event {

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
}
