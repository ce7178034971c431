package io.signals4j.processor;

import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The rules on what a receiver returns: a value must be one that a send can hand back.
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
 * </ul>
 */
final class ResultValidator {

  private final Diagnostics diagnostics;
  private final Types types;
  private final TypeMirror future;
  private final TypeMirror completionStage;

  ResultValidator(Elements elements, Types types, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.types = types;
    this.future = erasure(elements.getTypeElement("java.util.concurrent.Future"));
    this.completionStage = erasure(elements.getTypeElement("java.util.concurrent.CompletionStage"));
  }

  private TypeMirror erasure(TypeElement type) {
    return type == null ? null : types.erasure(type.asType());
  }

  /**
   * Checks the return type of a receiver running in {@code phase}; reports and returns false when
   * it breaks a rule.
   *
   * @param phaseValue the annotation's explicit {@code phase} value, or null
   */
  boolean check(
      ExecutableElement method,
      AnnotationMirror annotation,
      AnnotationValue phaseValue,
      String name,
      String phase) {
    TypeMirror returned = method.getReturnType();
    if (returned.getKind() == TypeKind.VOID) {
      return true;
    }
    if (!phase.equals(ReceiverModel.DURING_SEND)) {
      diagnostics.report(
          Message.DEFERRED_RESULT,
          method,
          annotation,
          phaseValue,
          name,
          SourceNames.type(returned),
          phase.toLowerCase(Locale.ROOT).replace('_', ' '));
      return false;
    }
    if (future != null
        && completionStage != null
        && types.isSubtype(types.erasure(returned), future)
        && !types.isSubtype(types.erasure(returned), completionStage)) {
      diagnostics.report(Message.FUTURE_RESULT, method, annotation, null, name, SourceNames.type(returned));
      return false;
    }
    return true;
  }
}
