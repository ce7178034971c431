package io.signals4j.processor;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The values of one {@code @Receiver} annotation, defaults filled in, and the values as written,
 * which diagnostics point at so that the compiler underlines {@code sender = User.class} rather
 * than the whole method.
 */
final class ReceiverAnnotation {

  private final AnnotationMirror mirror;
  private final Map<String, AnnotationValue> values = new HashMap<>();

  ReceiverAnnotation(Elements elements, AnnotationMirror mirror) {
    this.mirror = mirror;
    elements
        .getElementValuesWithDefaults(mirror)
        .forEach((k, v) -> values.put(k.getSimpleName().toString(), v));
  }

  AnnotationMirror mirror() {
    return mirror;
  }

  /** The value of {@code name} as written in source, or null when it is left to its default. */
  AnnotationValue written(String name) {
    return written(mirror, name);
  }

  /** The value of {@code name} as written in {@code annotation}, or null when left to its default. */
  static AnnotationValue written(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  TypeMirror signal() {
    return (TypeMirror) values.get("signal").getValue();
  }

  /** The sender, {@code void} for any sender. */
  TypeMirror sender() {
    return (TypeMirror) values.get("sender").getValue();
  }

  boolean includeSubclasses() {
    return (Boolean) values.get("includeSubclasses").getValue();
  }

  int order() {
    return (Integer) values.get("order").getValue();
  }

  /** The dispatch uid, or null for none. */
  String dispatchUid() {
    String uid = (String) values.get("dispatchUid").getValue();
    return uid.isEmpty() ? null : uid;
  }

  /** The name of the {@code Phase} constant; a runtime without phases has only the default. */
  String phase() {
    AnnotationValue value = values.get("phase");
    return value != null && value.getValue() instanceof VariableElement constant
        ? constant.getSimpleName().toString()
        : ReceiverModel.DURING_SEND;
  }
}
