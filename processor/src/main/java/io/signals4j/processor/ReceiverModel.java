package io.signals4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * One valid {@code @Receiver} declaration: a method and one (signal, sender) it hears. A method
 * with two {@code @Receiver} annotations gives two models.
 *
 * @param method the method, kept to anchor diagnostics found across receivers, and as the key to
 *     what the compiler knows of it: the origin of generated files, its line in the report
 * @param annotation its {@code @Receiver} mirror, where those diagnostics point
 * @param signal the signal's erasure
 * @param signalBinaryName what {@code Class.getName()} answers for the signal
 * @param sender the declared sender, or null for any sender
 * @param includeSubclasses whether subclass senders are heard
 * @param order the declared order
 * @param dispatchUid the dispatch uid, or null for none
 * @param phase the name of its {@code io.signals4j.Phase}, such as {@code AFTER_COMMIT}
 * @param owner the class declaring the method
 * @param ownerType the type an instance is cast to: the owner, with wildcards for its type
 *     parameters ({@code Box<?>}) so that the cast is not raw
 * @param methodName the method's simple name
 * @param parameterTypes the erased qualified names of the parameters, for sorting
 * @param displayName the source-form name, {@code Mailer.send(Notification)}
 * @param kind how the method is reached
 * @param returnsVoid whether the method returns nothing
 * @param throwsThrowable whether it declares a throwable that is neither an exception nor an error
 * @param payloadType the declared payload parameter type, the cast applied to the payload
 * @param senderParameterType the declared sender parameter type, or null if there is none
 * @param uncheckedCast whether casting to {@code payloadType} or {@code senderParameterType} is
 *     unchecked
 * @param methodPublic whether the method is public (otherwise package-private or protected)
 * @param constructorPublic whether the owner's no-argument constructor is public
 * @param referencedTypes the types whose accessibility decides whether the registry can call the
 *     method directly: the owner and the types named by the parameters
 * @param warnings the lint warnings that generated code naming this receiver must suppress
 */
record ReceiverModel(
    ExecutableElement method,
    AnnotationMirror annotation,
    ClassName signal,
    String signalBinaryName,
    ClassName sender,
    boolean includeSubclasses,
    int order,
    String dispatchUid,
    String phase,
    ClassName owner,
    TypeName ownerType,
    String methodName,
    List<String> parameterTypes,
    String displayName,
    Kind kind,
    boolean returnsVoid,
    boolean throwsThrowable,
    TypeName payloadType,
    TypeName senderParameterType,
    boolean uncheckedCast,
    boolean methodPublic,
    boolean constructorPublic,
    List<TypeElement> referencedTypes,
    Warnings warnings) {

  /**
   * The lint warnings ({@code "deprecation"}, {@code "removal"}) that generated code draws by
   * naming parts of a receiver, each sorted; see {@link DeprecatedUses}.
   *
   * @param call calling it: the method, its class and the parameter types the call casts to
   * @param creation creating or requiring its instance: the class and its constructor
   * @param signal the signal's class literal
   * @param sender the sender's class literal (empty for any sender)
   */
  record Warnings(List<String> call, List<String> creation, List<String> signal, List<String> sender) {}

  /** How the registry reaches a receiver. */
  enum Kind {
    /** A static method. */
    STATIC,
    /** An instance method of a class that the registry constructs. */
    INSTANCE,
    /** An instance method of a {@code @Supplied} class. */
    SUPPLIED;

    String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Dispatch order, which is also id order: by signal, then {@code order}, then class, method and
   * parameter types, then sender. It depends on nothing but the declarations, so the same sources
   * give the same ids in any order.
   */
  static final Comparator<ReceiverModel> DISPATCH_ORDER =
      Comparator.comparing((ReceiverModel r) -> r.signal().canonicalName())
          .thenComparingInt(ReceiverModel::order)
          .thenComparing(r -> r.owner().canonicalName())
          .thenComparing(ReceiverModel::methodName)
          .thenComparing(r -> String.join(",", r.parameterTypes()))
          .thenComparing(r -> r.sender() == null ? "" : r.sender().canonicalName())
          .thenComparing(ReceiverModel::includeSubclasses)
          .thenComparing(ReceiverModel::phase);

  /** The phase of receivers that run during the send, the default. */
  static final String DURING_SEND = "DURING_SEND";

  boolean isStatic() {
    return kind == Kind.STATIC;
  }

  /**
   * Whether the receiver waits for the transaction of the send: the runtime defers it, so no
   * straight-line route may call it and nothing collects what it returns.
   */
  boolean deferred() {
    return !phase.equals(DURING_SEND);
  }

  /** The sender in source form for messages: {@code User.class} or "any sender". */
  String senderDescription() {
    return sender == null ? "any sender" : "sender " + sender.simpleName();
  }
}
