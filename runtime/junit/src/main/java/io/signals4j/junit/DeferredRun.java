package io.signals4j.junit;

import io.signals4j.Phase;
import io.signals4j.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One run of the receivers that waited for the transaction of a send, as {@link RecordedSignals}
 * saw it: after a {@linkplain TransactionCapture#commit() captured commit} or {@linkplain
 * TransactionCapture#rollBack() rollback}, after a real transaction, or as a send made outside a
 * transaction ended. This is where their failures show, which the runtime logs and never throws.
 *
 * @param signal the payload type of the signal
 * @param sender the sender of the send, or null for a send without sender
 * @param payload the payload
 * @param phase {@link Phase#AFTER_COMMIT} or {@link Phase#AFTER_ROLLBACK}: which receivers ran
 * @param responses one per receiver that ran, in call order; a failed one's {@link
 *     Response#error()} is what it threw
 */
public record DeferredRun(
    Class<?> signal, Class<?> sender, Object payload, Phase phase, List<Response> responses) {

  /**
   * Checks and copies the responses.
   *
   * @param signal the payload type of the signal
   * @param sender the sender, or null
   * @param payload the payload
   * @param phase after commit or after rollback
   * @param responses one per receiver that ran
   */
  public DeferredRun {
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(phase, "phase");
    responses = List.copyOf(responses);
  }

  /**
   * The names of the receivers that ran, as {@link io.signals4j.ReceiverInfo#name()} gives them.
   *
   * @return the names, in call order
   */
  public List<String> ranNames() {
    List<String> names = new ArrayList<>(responses.size());
    for (Response response : responses) {
      names.add(response.receiver().name());
    }
    return List.copyOf(names);
  }

  /**
   * The responses of the receivers that threw.
   *
   * @return the failed responses, in call order; empty if every receiver completed
   */
  public List<Response> failures() {
    List<Response> failed = new ArrayList<>();
    for (Response response : responses) {
      if (response.failed()) {
        failed.add(response);
      }
    }
    return List.copyOf(failed);
  }

  @Override
  public String toString() {
    return (phase == Phase.AFTER_ROLLBACK ? "after rollback of " : "after commit of ")
        + signal.getSimpleName() + " from "
        + (sender == null ? "no sender" : sender.getSimpleName()) + ": " + payload + " -> "
        + ranNames() + (failures().isEmpty() ? "" : " failed: " + failures());
  }
}
