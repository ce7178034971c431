package io.signals4j.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that only show across declarations: one method may not declare the same {@code
 * @Receiver} twice (same signal, sender and phase), and a {@code dispatchUid} names one receiver
 * of a signal and sender in a module, as Django's {@code dispatch_uid} names one connection. The
 * later declaration in dispatch order is the one reported, so the same sources always give the
 * same error.
 */
final class DuplicateValidator {

  private final Diagnostics diagnostics;

  DuplicateValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reports the duplicates and returns the receivers that remain. */
  List<ReceiverModel> check(List<ReceiverModel> receivers) {
    List<ReceiverModel> sorted = new ArrayList<>(receivers);
    sorted.sort(ReceiverModel.DISPATCH_ORDER);
    Set<String> declarations = new HashSet<>();
    Map<String, ReceiverModel> uids = new HashMap<>();
    List<ReceiverModel> kept = new ArrayList<>();
    for (ReceiverModel receiver : sorted) {
      String sender = receiver.sender() == null ? "" : receiver.sender().canonicalName();
      String declaration =
          receiver.owner().canonicalName() + "#" + receiver.methodName() + receiver.parameterTypes()
              + "#" + receiver.signal().canonicalName() + "#" + sender + "#" + receiver.phase();
      if (!declarations.add(declaration)) {
        diagnostics.report(
            Message.DUPLICATE_RECEIVER,
            receiver.method(),
            receiver.annotation(),
            null,
            receiver.displayName(),
            receiver.signal().simpleName(),
            receiver.sender() == null ? "" : ", sender = " + receiver.sender().simpleName() + ".class");
        continue;
      }
      if (receiver.dispatchUid() != null) {
        String key = receiver.signal().canonicalName() + "#" + sender + "#" + receiver.dispatchUid();
        ReceiverModel first = uids.putIfAbsent(key, receiver);
        if (first != null) {
          diagnostics.report(
              Message.DUPLICATE_DISPATCH_UID,
              receiver.method(),
              receiver.annotation(),
              ReceiverAnnotation.written(receiver.annotation(), "dispatchUid"),
              receiver.displayName(),
              receiver.dispatchUid(),
              receiver.signal().simpleName(),
              receiver.senderDescription(),
              first.displayName());
          continue;
        }
      }
      kept.add(receiver);
    }
    return kept;
  }
}
