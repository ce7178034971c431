package io.signals4j.junit;

import io.signals4j.ReceiverInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One send that a test made, as {@link RecordedSignals} saw it.
 *
 * @param signal the payload type of the signal
 * @param sender the sender, or null for a send without sender
 * @param payload the payload
 * @param reached the receivers the send called, in call order, the failing one last: none when the
 *     signal was muted; receivers that wait for a transaction are not among them
 * @param failure what the send threw, or null if it completed
 */
public record RecordedSend(
    Class<?> signal, Class<?> sender, Object payload, List<ReceiverInfo> reached,
    Throwable failure) {

  /**
   * Checks and copies the receivers.
   *
   * @param signal the payload type of the signal
   * @param sender the sender, or null
   * @param payload the payload
   * @param reached the receivers called
   * @param failure what the send threw, or null
   */
  public RecordedSend {
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(payload, "payload");
    reached = List.copyOf(reached);
  }

  /**
   * The names of the receivers reached, as {@link ReceiverInfo#name()} gives them: {@code
   * WelcomeMailer.welcome(UserSaved)} for a declared one.
   *
   * @return the names, in call order
   */
  public List<String> reachedNames() {
    List<String> names = new ArrayList<>(reached.size());
    for (ReceiverInfo receiver : reached) {
      names.add(receiver.name());
    }
    return List.copyOf(names);
  }

  @Override
  public String toString() {
    return signal.getSimpleName() + " from " + (sender == null ? "no sender" : sender.getSimpleName())
        + ": " + payload + " -> " + reachedNames() + (failure == null ? "" : " failed: " + failure);
  }
}
