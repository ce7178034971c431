package io.signals4j;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.function.Supplier;

/**
 * Runs, in a class loader of its own, a robust send whose receiver fails near the end of the
 * stack, where anything the failure path loads or links for the first time can itself overflow;
 * then a robust send at a normal depth, which must still work.
 */
public final class DeepFailureScenario implements Supplier<String> {

  private Signal<String> signal;

  /** For the test, which creates it reflectively in the isolated loader. */
  public DeepFailureScenario() {}

  @Override
  public String get() {
    Logger logger = Logger.getLogger("io.signals4j");
    AtomicInteger logged = new AtomicInteger();
    Handler counter = new Handler() {
      @Override
      public void publish(LogRecord record) {
        logged.incrementAndGet();
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(counter);
    logger.setUseParentHandlers(false);
    try {
      return run(logged);
    } finally {
      logger.removeHandler(counter);
      logger.setUseParentHandlers(true);
    }
  }

  private String run(AtomicInteger logged) {
    signal = Signals.ready().signal(String.class);
    signal.connect((payload, sender) -> {
      throw new IllegalStateException("receiver failed: " + payload);
    });
    descend(0);
    if (!sentDeep) {
      throw new IllegalStateException("no robust send got through on the way up");
    }
    logged.set(0);
    List<Response> responses = signal.sendRobust(null, "at a normal depth");
    return responses.size() + " " + responses.get(0).error().getMessage() + ", logged "
        + logged.get();
  }

  private boolean sentDeep;

  private void descend(int depth) {
    try {
      descend(depth + 1);
    } catch (StackOverflowError deepest) {
      // The end of the stack: from here back up, each frame tries a robust send until one gets
      // through, so that some attempt reaches each step of the failure path with the stack all but
      // exhausted.
    }
    if (!sentDeep) {
      try {
        signal.sendRobust(null, "deep");
        sentDeep = true;
      } catch (StackOverflowError again) {
        // one frame further up next time
      }
    }
  }
}
