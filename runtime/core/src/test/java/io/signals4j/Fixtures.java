package io.signals4j;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Payloads, senders and receivers shared by the runtime tests. */
final class Fixtures {

  private Fixtures() {}

  /**
   * A payload that carries the log its receivers write to, so that declared receivers, which the
   * test cannot reach, can still report that they ran.
   */
  record Saved(String id, List<String> log) {

    Saved(String id) {
      this(id, new CopyOnWriteArrayList<>());
    }

    Saved() {
      this("saved");
    }

    void note(String what) {
      log.add(what);
    }
  }

  /** A second payload type of the registries. */
  record Deleted(int id) {}

  /** A payload no registry knows: a signal used only through connect. */
  record Tick(int n) {}

  /** Sender classes: a small hierarchy and an interface. */
  static class Event {}

  static class Comment extends Event {}

  static final class Reply extends Comment {}

  interface Moderated {}

  static final class Flag implements Moderated {}

  static final class User {}

  static final class Order {}

  /** An {@link Error} a receiver throws: it must never be wrapped or caught. */
  static final class UnrecoverableError extends AssertionError {
    private static final long serialVersionUID = 1L;

    UnrecoverableError(String message) {
      super(message);
    }
  }

  /** A receiver that notes {@code name} in the payload's log. */
  static SignalReceiver<Saved> noting(String name) {
    return (saved, sender) -> saved.note(name);
  }

  /** The names of the receivers that answered, in answer order. */
  static List<String> names(List<Response> responses) {
    return responses.stream().map(response -> response.receiver().name()).toList();
  }

  /** The names of the receivers described, in order. */
  static List<String> infoNames(List<ReceiverInfo> receivers) {
    return receivers.stream().map(ReceiverInfo::name).toList();
  }
}
