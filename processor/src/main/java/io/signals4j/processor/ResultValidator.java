package io.signals4j.processor;

import java.util.Locale;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The rules on what a call of a receiver gives back: a value must be one that a send can hand
 * back, and whatever it throws a send can report.
 *
 * <ul>
 *   <li>A deferred receiver ({@code phase = AFTER_COMMIT} or {@code AFTER_ROLLBACK}) returns {@code
 *       void}: it runs when the transaction ends, after its send has returned its responses, so
 *       what it returned would be dropped without a trace. An error rather than a warning, since
 *       the fix is always at hand and a dropped value is the surprise this processor exists to
 *       prevent.
 *   <li>A {@code Future} that is not a {@code CompletionStage} is an error: {@code sendAsync}
 *       awaits stages without blocking a thread, and a plain {@code Future} can only be waited for
 *       by blocking one, so it would come back as a response that nobody awaited.
 *   <li>Checked exceptions are allowed: a send wraps whatever a receiver throws. A {@code
 *       Throwable} that is neither an {@code Exception} nor an {@code Error}, such as {@code throws
 *       Throwable}, is carried in an {@code Exception}, since a send reports exceptions and passes
 *       errors on.
 * </ul>
 */
final class ResultValidator {

  /**
   * What a valid receiver gives back.
   *
   * @param returnsVoid whether it returns nothing
   * @param throwsThrowable whether it declares a throwable that is neither an exception nor an
   *     error, which generated code carries in an exception
   */
  record Result(boolean returnsVoid, boolean throwsThrowable) {}

  private final Diagnostics diagnostics;
  private final Types types;
  private final TypeMirror future;
  private final TypeMirror completionStage;
  private final TypeMirror exception;
  private final TypeMirror error;

  ResultValidator(Elements elements, Types types, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.types = types;
    this.future = erasure(elements.getTypeElement("java.util.concurrent.Future"));
    this.completionStage = erasure(elements.getTypeElement("java.util.concurrent.CompletionStage"));
    this.exception = elements.getTypeElement("java.lang.Exception").asType();
    this.error = elements.getTypeElement("java.lang.Error").asType();
  }

  private TypeMirror erasure(TypeElement type) {
    return type == null ? null : types.erasure(type.asType());
  }

  /** Checks what {@code method} returns and throws; reports and returns null when it breaks a rule. */
  Result check(ExecutableElement method, ReceiverAnnotation annotation, String name) {
    TypeMirror returned = method.getReturnType();
    boolean returnsVoid = returned.getKind() == TypeKind.VOID;
    String phase = annotation.phase();
    if (!returnsVoid && !phase.equals(ReceiverModel.DURING_SEND)) {
      diagnostics.report(
          Message.DEFERRED_RESULT,
          method,
          annotation.mirror(),
          annotation.written("phase"),
          name,
          SourceNames.type(returned),
          phase.toLowerCase(Locale.ROOT).replace('_', ' '));
      return null;
    }
    if (!returnsVoid
        && future != null
        && completionStage != null
        && types.isSubtype(types.erasure(returned), future)
        && !types.isSubtype(types.erasure(returned), completionStage)) {
      diagnostics.report(
          Message.FUTURE_RESULT, method, annotation.mirror(), null, name, SourceNames.type(returned));
      return null;
    }
    boolean throwsThrowable =
        method.getThrownTypes().stream()
            .anyMatch(t -> !types.isSubtype(t, exception) && !types.isSubtype(t, error));
    return new Result(returnsVoid, throwsThrowable);
  }
}
