package io.signals4j.processor;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports, each with a stable tag that users can search for.
 *
 * <p>A message states what is wrong and how to fix it, in one sentence of the form {@code
 * [SignalsTag] what is wrong; how to fix it.}, and names code the way it is written in source:
 * {@code Mailer.sendReceipt(OrderPlaced)}. Tags never change once released; wording may.
 */
enum Message {
  PRIVATE_RECEIVER(
      "PrivateReceiver",
      "%s is private, so the generated registry cannot call it; make it %s."),
  INACCESSIBLE_CLASS(
      "InaccessibleClass",
      "%s is declared in %s, which %s; declare receivers in a top-level or static nested class that"
          + " is not private."),
  RECORD_COMPONENT(
      "RecordComponent",
      "@Receiver on record component %s of %s marks its accessor %s(), which takes no payload; put"
          + " @Receiver on a method that takes the payload."),
  NO_PAYLOAD(
      "NoPayload",
      "%s has no parameters; declare the payload as its first parameter: %s(%s event)."),
  TOO_MANY_PARAMETERS(
      "TooManyParameters",
      "%s has %d parameters; a receiver takes the payload and, optionally, the sender as a"
          + " Class<?>."),
  SENDER_PARAMETER(
      "SenderParameter",
      "the second parameter of %s is %s, but the sender is passed as a Class; declare it as %s."),
  PAYLOAD_MISMATCH(
      "PayloadMismatch",
      "%s takes %s, but it receives signal %s; declare the first parameter as %s."),
  OWNER_TYPE_VARIABLE(
      "OwnerTypeVariable",
      "%s takes %s, which uses type parameter %s of %s, but one instance serves every send and"
          + " nothing says what %3$s is; use a concrete type or a wildcard."),
  UNNAMEABLE_PARAMETER_TYPE(
      "UnnameableParameterType",
      "%s takes %s, but %s is %s, so generated code cannot name it; make %s."),
  UNNAMED_PACKAGE(
      "UnnamedPackage",
      "%s needs %s, which is in the unnamed package, and the registry in package %s cannot name"
          + " it; move it into a package."),
  UNUSABLE_SIGNAL(
      "UnusableSignal",
      "%s is not a usable payload type: %s; a signal is a class, record, interface or enum with at"
          + " most one type parameter."),
  UNUSABLE_SENDER(
      "UnusableSender",
      "%s is not a usable sender: %s; name a class, record, interface or enum, or leave sender out"
          + " for any sender."),
  INACCESSIBLE_TYPE(
      "InaccessibleType",
      "%s %s of %s is not accessible from the registry %s; %s."),
  SENDER_OUT_OF_BOUNDS(
      "SenderOutOfBounds",
      "sender %s of %s is not within the bound of %s, whose type argument is the sender type; name a"
          + " sender that is a %s."),
  SENDER_MISMATCH(
      "SenderMismatch",
      "%s takes %s, but its sender is %s, so it receives %s; change %s."),
  RAW_SIGNAL(
      "RawSignal",
      "%s takes the raw type %s; write its type argument, the sender type: did you mean %s?"),
  SUBCLASS_WILDCARD(
      "SubclassWildcard",
      "%s hears subclasses of %s, which send %s of the subclass; did you mean %s?"),
  ANY_SENDER_WILDCARD(
      "AnySenderWildcard",
      "%s hears any sender, so its payload can be %s of any sender; did you mean %s%s?"),
  ABSTRACT_RECEIVER_CLASS(
      "AbstractReceiverClass",
      "%s is an instance method of %s %s, which the registry cannot instantiate; make the method"
          + " static, move it to a concrete class, or mark %3$s @Supplied and supply an instance"
          + " at install time."),
  INNER_CLASS(
      "InnerClass",
      "%s is an instance method of inner class %s, which needs an enclosing instance; make the"
          + " class static or the method static, or mark %2$s @Supplied and supply an instance at"
          + " install time."),
  ENUM_RECEIVER(
      "EnumReceiver",
      "%s is an instance method of enum %s, and the registry cannot choose a constant to call it"
          + " on; make the method static, or mark %2$s @Supplied and supply the constant at install"
          + " time."),
  NO_CONSTRUCTOR(
      "NoConstructor",
      "%s is an instance method, but %s %s; give it a non-private no-argument constructor that"
          + " throws no checked exception, or mark the class @Supplied and supply the instance at"
          + " install time."),
  USELESS_SUPPLIED(
      "UselessSupplied",
      "%s is @Supplied, but all its receivers are static, so no instance is ever asked for; remove"
          + " @Supplied."),
  DEFERRED_RESULT(
      "DeferredResult",
      "%s returns %s, but it runs %s, after its send has returned, so nothing receives the value;"
          + " declare it void, or leave phase out to run it during the send."),
  FUTURE_RESULT(
      "FutureResult",
      "%s returns %s, a Future that a send could only wait for by blocking a thread; return a"
          + " CompletionStage such as CompletableFuture, which sendAsync awaits, or void."),
  DUPLICATE_DISPATCH_UID(
      "DuplicateDispatchUid",
      "%s has dispatchUid \"%s\" for signal %s and %s, already used by %s; give each receiver its"
          + " own dispatchUid."),
  DUPLICATE_RECEIVER(
      "DuplicateReceiver",
      "%s declares @Receiver(signal = %s.class%s) twice; remove one of them."),
  GENERIC_RECEIVER(
      "GenericReceiver",
      "%s declares type parameters %s, which the registry cannot infer; use concrete types or"
          + " wildcards instead."),
  SUBCLASSES_WITHOUT_SENDER(
      "SubclassesWithoutSender",
      "%s sets includeSubclasses but hears any sender, so it has no effect; name a sender or remove"
          + " includeSubclasses."),
  SUBCLASSES_OF_FINAL_SENDER(
      "SubclassesOfFinalSender",
      "%s sets includeSubclasses, but sender %s is final and has no subclasses; remove"
          + " includeSubclasses."),
  DUPLICATE_SIGNALS_APP(
      "DuplicateSignalsApp",
      "%s is annotated @SignalsApp, but %s already is, and a module has one registry; remove one of"
          + " them."),
  BAD_REGISTRY_NAME(
      "RegistryName",
      "%s is not a valid %s; %s."),
  REGISTRY_NAME_CLASH(
      "RegistryNameClash",
      "%s would have the name of %s; %s."),
  FILE_NAME_TOO_LONG(
      "FileNameTooLong",
      "registry %s needs the file %s, whose name of %d bytes is longer than the %d bytes file"
          + " systems allow; %s."),
  WRITE_FAILED(
      "WriteFailed",
      "could not write %s for registry %s: %s; check that the output directory is writable and has"
          + " room."),
  UNRESOLVED_TYPE(
      "UnresolvedType",
      "%s refers to a type that could not be resolved; fix the compilation errors reported for it."),
  LATE_RECEIVER(
      "LateReceiver",
      "%s was generated by another annotation processor after registry %s had been written; declare"
          + " it in hand-written source, or in a separate module."),
  NO_TREE_API(
      "NoTreeApi",
      "this compiler offers no javac tree API, so receivers in local and anonymous classes go"
          + " unreported and the receivers report has no lines; compile with javac to check them."),
  INTERNAL_ERROR(
      "InternalError",
      "the processor failed unexpectedly; please report this with the stack trace:%n%s");

  private final String tag;
  private final String format;

  Message(String tag, String format) {
    this.tag = "[Signals" + tag + "]";
    this.format = format;
  }

  /** The stable tag, such as {@code [SignalsPrivateReceiver]}. */
  String tag() {
    return tag;
  }

  /**
   * All messages are errors except the ones listed here. A missing tree API is a note: it is no
   * fault of the code, and a warning would fail every {@code -Werror} build on such a compiler.
   */
  Diagnostic.Kind kind() {
    return this == NO_TREE_API ? Diagnostic.Kind.NOTE : Diagnostic.Kind.ERROR;
  }

  String format(Object... args) {
    return tag + " " + String.format(Locale.ROOT, format, args);
  }
}
