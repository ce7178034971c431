package io.signals4j.junit;

import io.signals4j.Phase;
import io.signals4j.ReceiverInfo;
import io.signals4j.Response;
import io.signals4j.Signals;
import io.signals4j.spi.SendObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every send of one test, for assertions: what Django tests get by connecting a mock receiver, kept
 * by {@link SignalsExtension} and handed to test methods that take it as a parameter.
 *
 * <pre>{@code
 * @Test
 * void registeringSavesTheUserOnce(RecordedSignals recorded) {
 *   users.register("ada");
 *   List<PostSave<User>> saves = recorded.payloads(PostSave.class, User.class);
 *   assertEquals("ada", saves.get(0).instance().name());
 *   assertEquals(List.of("BillingReceivers.createProfile(PostSave)"),
 *       recorded.sent(PostSave.class).get(0).reachedNames());
 * }
 * }</pre>
 *
 * <p>It records every send of the test's {@code Signals} from the start of the test (before its
 * {@code @BeforeEach} methods) to its end, on every thread, muted sends and those that reach no
 * receiver included, in the order the sends completed: a send that a receiver makes completes, and
 * is listed, before the send that called that receiver. Senders match exactly, as in Django. The
 * receivers that wait for a transaction are recorded apart, in {@link #deferredRuns()}, once they
 * have run. On a
 * {@linkplain SignalsExtension#wrapping wrapped} {@code Signals} that tests share while they run in
 * parallel, the sends of the others are recorded too. Thread-safe.
 */
public final class RecordedSignals {

  private final Signals signals;
  private final CapturingHook hook;
  private final List<RecordedSend> sends = new CopyOnWriteArrayList<>();
  private final List<DeferredRun> deferredRuns = new CopyOnWriteArrayList<>();
  private final List<TransactionCapture> captures = new CopyOnWriteArrayList<>();
  private final SendObserver observer = new Recorder();

  RecordedSignals(Signals signals, CapturingHook hook) {
    this.signals = signals;
    this.hook = hook;
  }

  /**
   * Every send so far, in the order the sends completed.
   *
   * @return the sends; a copy
   */
  public List<RecordedSend> all() {
    return List.copyOf(sends);
  }

  /**
   * The sends of one signal, from any sender.
   *
   * @param signal the payload type of the signal
   * @return the sends, in the order they completed
   */
  public List<RecordedSend> sent(Class<?> signal) {
    List<RecordedSend> found = new ArrayList<>();
    for (RecordedSend send : sends) {
      if (send.signal() == signal) {
        found.add(send);
      }
    }
    return List.copyOf(found);
  }

  /**
   * The sends of one signal from exactly one sender.
   *
   * @param signal the payload type of the signal
   * @param sender the sender, or null for sends without sender
   * @return the sends, in the order they completed
   */
  public List<RecordedSend> sent(Class<?> signal, Class<?> sender) {
    List<RecordedSend> found = new ArrayList<>();
    for (RecordedSend send : sent(signal)) {
      if (send.sender() == sender) {
        found.add(send);
      }
    }
    return List.copyOf(found);
  }

  /**
   * The payloads of one signal, from any sender. Name the type argument of a generic payload
   * through the variable: {@code List<PostSave<User>> saves = recorded.payloads(PostSave.class);}
   *
   * @param <P> the payload type
   * @param signal the payload type of the signal
   * @return the payloads, in the order the sends completed
   */
  public <P> List<P> payloads(Class<? super P> signal) {
    return payloadsOf(sent(signal));
  }

  /**
   * The payloads of one signal from exactly one sender.
   *
   * @param <P> the payload type
   * @param signal the payload type of the signal
   * @param sender the sender, or null for sends without sender
   * @return the payloads, in the order the sends completed
   */
  public <P> List<P> payloads(Class<? super P> signal, Class<?> sender) {
    return payloadsOf(sent(signal, sender));
  }

  @SuppressWarnings("unchecked") // the payload is an instance of the signal's type, P's erasure
  private static <P> List<P> payloadsOf(List<RecordedSend> found) {
    List<P> payloads = new ArrayList<>(found.size());
    for (RecordedSend send : found) {
      payloads.add((P) send.payload());
    }
    return List.copyOf(payloads);
  }

  /**
   * Every run so far of the receivers that waited for a send's transaction, with what each
   * returned or threw: what a test asserts on to see that its after-commit receivers did not fail,
   * since the runtime logs their failures and throws nothing. Recorded on every thread, in the
   * order the runs ended; a send made outside a transaction runs its after-commit receivers, and
   * is recorded here, as it ends.
   *
   * <pre>{@code
   * try (TransactionCapture transaction = recorded.captureTransaction()) {
   *   users.register("ada");
   *   transaction.commit();
   * }
   * assertEquals(List.of(), recorded.deferredRuns().get(0).failures());
   * }</pre>
   *
   * @return the runs; a copy
   */
  public List<DeferredRun> deferredRuns() {
    return List.copyOf(deferredRuns);
  }

  /**
   * Forgets the sends and the runs of waiting receivers recorded so far, for a test that checks
   * one step at a time.
   */
  public void clear() {
    sends.clear();
    deferredRuns.clear();
  }

  /**
   * Starts holding the after-commit and after-rollback receivers of the sends made on this thread,
   * to run or inspect them: Django's {@code captureOnCommitCallbacks()}. See {@link
   * TransactionCapture}.
   *
   * @return the capture, to close; the extension closes it at the end of the test otherwise
   */
  public TransactionCapture captureTransaction() {
    TransactionCapture capture = new TransactionCapture(hook, signals);
    captures.add(capture);
    return capture;
  }

  @Override
  public String toString() {
    return "RecordedSignals" + sends;
  }

  void start() {
    signals.addSendObserver(observer);
  }

  void stop() {
    signals.removeSendObserver(observer);
    for (TransactionCapture capture : captures) {
      capture.close();
    }
  }

  /**
   * Records each send, and tells an open capture of the sending thread which send completed; and
   * records each run of waiting receivers.
   */
  private final class Recorder implements SendObserver {
    @Override
    public void sent(
        Class<?> signal, Class<?> sender, Object payload, List<ReceiverInfo> reached,
        Throwable failure) {
      sends.add(new RecordedSend(signal, sender, payload, reached, failure));
      hook.observed(signal, sender, payload);
    }

    @Override
    public void deferredRan(
        Class<?> signal, Class<?> sender, Object payload, Phase phase, List<Response> responses) {
      deferredRuns.add(new DeferredRun(signal, sender, payload, phase, responses));
    }
  }
}
