package io.signals4j.it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Connect;
import io.signals4j.Signal;
import io.signals4j.Signals;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The default executor of asynchronous sends, as the runtime jar provides it: virtual threads on
 * JVMs that have them (the jar's Java 21 classes), daemon platform threads on Java 17. This module
 * runs against the packaged jar, where multi-release classes take effect.
 */
class AsyncExecutorTest {

  record Ping(int n) {}

  @Test
  void defaultExecutorUsesVirtualThreadsWhereTheJvmHasThem() {
    Signal<Ping> ping = Signals.ready().signal(Ping.class);
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    ping.connect((payload, sender) -> ranOn.set(Thread.currentThread()), Connect.anySender());

    ping.sendAsync(AsyncExecutorTest.class, new Ping(1)).join();

    Thread thread = ranOn.get();
    // Thread.isVirtual() is Java 21 API; a virtual thread also reports itself by its class.
    boolean virtual = thread.getClass().getName().equals("java.lang.VirtualThread");
    assertEquals(Runtime.version().feature() >= 21, virtual, thread.toString());
    assertTrue(thread.getName().startsWith("signals4j-async-"), thread.getName());
  }
}
