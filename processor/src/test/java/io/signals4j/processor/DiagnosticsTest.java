package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per rule: each {@code bad/rules/<Rule>.java} breaks one rule, and the line that the
 * error must point at ends with {@code // expect}.
 */
class DiagnosticsTest {

  @Test
  void privateReceiverIsRejected() {
    assertRejected("PrivateReceiver", "[SignalsPrivateReceiver]");
  }

  @Test
  void privateStaticReceiverOfAnInterfaceIsToldToBePublic() {
    // An interface has no package-private methods.
    assertRejected("PrivateInterfaceReceiver", "[SignalsPrivateReceiver]", "make it public.");
  }

  @Test
  void privateInstanceReceiverOfAnInterfaceIsToldToBeADefaultMethod() {
    assertRejected("PrivateInterfaceInstanceReceiver", "[SignalsPrivateReceiver]", "make it a default method.");
  }

  @Test
  void receiverInPrivateClassIsRejected() {
    assertRejected("PrivateClass", "[SignalsInaccessibleClass]");
  }

  @Test
  void receiverInLocalClassIsRejected() {
    assertRejected("LocalClass", "[SignalsInaccessibleClass]", "is a local class");
  }

  @Test
  void receiverInLocalClassIsRejectedWhenItIsTheModulesOnlyReceiver() {
    assertRejected("LocalClassOnly", "[SignalsInaccessibleClass]", "is a local class");
  }

  @Test
  void receiverInLocalClassIsReportedOnceWhicheverProcessorRunsFirst() {
    JavaFileObject source = TestSources.source("bad/rules/LocalClass.java");
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
    sources.add(source);
    for (List<javax.annotation.processing.Processor> processors :
        List.of(
            List.<javax.annotation.processing.Processor>of(new LocalReceiverProcessor(), new SignalsProcessor()),
            List.<javax.annotation.processing.Processor>of(new SignalsProcessor(), new LocalReceiverProcessor()))) {
      Compilation compilation =
          com.google.testing.compile.Compiler.javac()
              .withProcessors(processors)
              .withOptions("-Xlint:all", "-Werror")
              .compile(sources);
      assertThat(compilation).hadErrorContaining("[SignalsInaccessibleClass]").inFile(source).onLine(expectedLine(source));
      assertThat(compilation).hadErrorCount(1);
    }
  }

  @Test
  void receiverInAnonymousClassIsRejected() {
    assertRejected("AnonymousClass", "[SignalsInaccessibleClass]", "is an anonymous class");
  }

  @Test
  void receiverInClassNestedInLocalClassIsRejected() {
    assertRejected(
        "NestedInLocalClass", "[SignalsInaccessibleClass]", "Local.Nested.on(Notification) is declared in Local.Nested, which is nested in local class Local");
  }

  @Test
  void receiverOnARecordComponentIsRejectedOnTheComponent() {
    assertRejected(
        "RecordComponent",
        "[SignalsRecordComponent]",
        "@Receiver on record component email of RecordComponent marks its accessor email()");
  }

  @Test
  void receiverWithoutParametersIsRejected() {
    assertRejected("NoPayload", "[SignalsNoPayload]");
  }

  @Test
  void receiverWithThreeParametersIsRejected() {
    assertRejected("TooManyParameters", "[SignalsTooManyParameters]");
  }

  @Test
  void senderParameterMustBeAWildcardClass() {
    assertRejected("SenderParameter", "[SignalsSenderParameter]", "declare it as Class<? extends User>");
  }

  @Test
  void senderParameterAdviceForAGenericSenderHasNoRawType() {
    assertRejected(
        "GenericSenderParameter",
        "[SignalsSenderParameter]",
        "declare it as Class<? extends GenericSenderParameter.Tagged<?>>.");
  }

  @Test
  void payloadParameterMustMatchTheSignal() {
    assertRejected("PayloadMismatch", "[SignalsPayloadMismatch]", "declare the first parameter as Notification");
  }

  @Test
  void supertypePayloadMustAcceptWhatTheSenderSends() {
    assertRejected(
        "SupertypePayloadMismatch",
        "[SignalsPayloadMismatch]",
        "takes ModelEvent<? extends Order>, but it receives signal PostSave");
  }

  @Test
  void rawSupertypePayloadIsRejected() {
    assertRejected("RawSupertypePayload", "[SignalsRawSignal]", "did you mean ModelEvent<?>");
  }

  @Test
  void rawSupertypePayloadIsToldOneWildcardPerTypeParameter() {
    assertRejected(
        "RawTwoParameterSupertype", "[SignalsRawSignal]", "did you mean RawTwoParameterSupertype.Both<?, ?>?");
  }

  @Test
  void errorInARepeatedAnnotationPointsAtThatAnnotationsValue() {
    assertRejected("RepeatedSenderMismatch", "[SignalsSenderMismatch]");
  }

  @Test
  void signalWithTwoTypeParametersIsRejected() {
    assertRejected("UnusableSignal", "[SignalsUnusableSignal]", "it has 2 type parameters");
  }

  @Test
  void senderOutsideTheSignalTypeBoundIsRejected() {
    assertRejected("SenderOutOfBounds", "[SignalsSenderOutOfBounds]");
  }

  @Test
  void senderOutsideAnIntersectionBoundIsToldEveryBound() {
    // User is a Model: naming only the first bound would tell it to be what it already is.
    assertRejected(
        "SenderOutOfIntersectionBounds", "[SignalsSenderOutOfBounds]", "name a sender that is a Model and a Comparable.");
  }

  @Test
  void genericPayloadOfAnotherSenderIsRejectedOnTheSender() {
    assertRejected(
        "SenderMismatch", "[SignalsSenderMismatch]", "change sender to Order.class, or the parameter to PostSave<User>");
  }

  @Test
  void senderMismatchOfASubclassReceiverSaysWhatItReceivesAndNoSenderThatCannotHaveSubclasses() {
    // Order is final: sender = Order.class with includeSubclasses would be an error of its own.
    assertRejected(
        "SubclassSenderMismatch",
        "[SignalsSenderMismatch]",
        "so it receives PostSave<? extends User>; change the parameter to PostSave<? extends User>.");
  }

  @Test
  void senderMismatchSuggestsNoSenderOutsideTheSignalTypeBound() {
    assertRejected(
        "SenderMismatchOutOfBounds",
        "[SignalsSenderMismatch]",
        "so it receives PostSave<User>; change the parameter to PostSave<User>.");
  }

  @Test
  void payloadAdviceForAGenericSenderHasNoRawType() {
    assertRejected(
        "GenericSenderPayload",
        "[SignalsSenderMismatch]",
        "so it receives PostSave<GenericSenderPayload.Tagged<?>>; change sender to User.class, or the"
            + " parameter to PostSave<GenericSenderPayload.Tagged<?>>.");
  }

  @Test
  void rawGenericPayloadIsRejected() {
    assertRejected("RawSignal", "[SignalsRawSignal]", "did you mean PostSave<User>?");
  }

  @Test
  void subclassReceiverMustTakeAWildcardPayload() {
    assertRejected("SubclassWildcard", "[SignalsSubclassWildcard]", "did you mean PostSave<? extends User>?");
  }

  @Test
  void anySenderReceiverMustTakeAWildcardPayload() {
    assertRejected("AnySenderWildcard", "[SignalsAnySenderWildcard]", "did you mean PostSave<?>");
  }

  @Test
  void anySenderWildcardSuggestsNoSenderOutsideTheSignalTypeBound() {
    assertRejected(
        "AnySenderWildcardOutOfBounds",
        "[SignalsAnySenderWildcard]",
        "its payload can be PostSave of any sender; did you mean PostSave<?>?");
  }

  @Test
  void instanceReceiverInAbstractClassIsRejected() {
    assertRejected("AbstractReceiverClass", "[SignalsAbstractReceiverClass]");
  }

  @Test
  void instanceReceiverInInnerClassIsRejected() {
    assertRejected("InnerClass", "[SignalsInnerClass]");
  }

  @Test
  void instanceReceiverWithoutNoArgConstructorIsRejected() {
    assertRejected("NoConstructor", "[SignalsNoConstructor]", "has no no-argument constructor");
  }

  @Test
  void instanceReceiverWithAPrivateConstructorIsToldToChangeItNotToAddOne() {
    assertRejected(
        "PrivateConstructor",
        "[SignalsNoConstructor]",
        "has a private no-argument constructor; give it a non-private no-argument constructor");
  }

  @Test
  void instanceReceiverOfAnEnumIsRejectedWithAdviceThatFits() {
    JavaFileObject source = TestSources.source("bad/rules/EnumReceiver.java");
    assertRejected("EnumReceiver", "[SignalsEnumReceiver]", "make the method static, or mark EnumReceiver @Supplied");
    Compilation compilation = compileWithSupport(source);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void payloadUsingATypeParameterOfTheReceiverClassIsRejected() {
    assertRejected(
        "OwnerTypeVariable",
        "[SignalsOwnerTypeVariable]",
        "takes PostSave<M>, which uses type parameter M of OwnerTypeVariable");
  }

  @Test
  void payloadOfAPrivateTypeIsRejected() {
    assertRejected(
        "UnnameableParameterType",
        "[SignalsUnnameableParameterType]",
        "but UnnameableParameterType.Event is private",
        "make it package-private or public");
  }

  @Test
  void payloadOfATypeNestedInAPrivateClassIsToldWhichClassToOpen() {
    assertRejected(
        "UnnameableNestedType",
        "[SignalsUnnameableParameterType]",
        "but UnnameableNestedType.Hidden.Event is nested in private class UnnameableNestedType.Hidden",
        "make UnnameableNestedType.Hidden package-private or public.");
  }

  @Test
  void genericMethodGetsOnlyTheGenericMethodError() {
    JavaFileObject source = TestSources.source("bad/rules/GenericPayloadReceiver.java");
    assertRejected("GenericPayloadReceiver", "[SignalsGenericReceiver]");
    Compilation compilation = compileWithSupport(source);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void superWildcardPayloadOfASubclassReceiverIsRejected() {
    assertRejected(
        "SuperWildcardOfSubclasses", "[SignalsSubclassWildcard]", "did you mean PostSave<? extends User>?");
  }

  @Test
  void superWildcardPayloadOfAnAnySenderReceiverSuggestsItsBoundAsSender() {
    assertRejected(
        "SuperWildcardOfAnySender",
        "[SignalsAnySenderWildcard]",
        "did you mean PostSave<?>, or did you forget sender = User.class?");
  }

  @Test
  void suppliedClassWithOnlyStaticReceiversIsRejected() {
    assertRejected("UselessSupplied", "[SignalsUselessSupplied]");
  }

  @Test
  void deferredReceiverReturningAValueIsRejected() {
    assertRejected(
        "DeferredResult",
        "[SignalsDeferredResult]",
        "DeferredResult.on(Notification) returns String, but it runs after commit",
        "declare it void");
  }

  @Test
  void receiverReturningAPlainFutureIsRejected() {
    assertRejected("FutureResult", "[SignalsFutureResult]", "returns Future<String>");
  }

  @Test
  void receiverReturningACompletableFutureIsAllowed() {
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
    sources.add(
        com.google.testing.compile.JavaFileObjects.forSourceLines(
            "com.example.Stages",
            "package com.example;",
            "import io.signals4j.Receiver;",
            "import java.util.concurrent.CompletableFuture;",
            "final class Stages {",
            "  @Receiver(signal = Notification.class)",
            "  static CompletableFuture<String> on(Notification n) {",
            "    return CompletableFuture.completedFuture(n.email());",
            "  }",
            "}"));
    assertThat(TestSources.compile(sources)).succeededWithoutWarnings();
  }

  @Test
  void duplicateDispatchUidIsRejectedOnTheSecond() {
    assertRejected("DuplicateDispatchUid", "[SignalsDuplicateDispatchUid]", "already used by DuplicateDispatchUid.first(Notification)");
  }

  @Test
  void sameDeclarationTwiceOnOneMethodIsRejected() {
    assertRejected("DuplicateReceiver", "[SignalsDuplicateReceiver]");
  }

  @Test
  void genericReceiverMethodIsRejected() {
    assertRejected("GenericReceiver", "[SignalsGenericReceiver]");
  }

  @Test
  void includeSubclassesWithoutSenderIsRejected() {
    assertRejected("SubclassesWithoutSender", "[SignalsSubclassesWithoutSender]");
  }

  @Test
  void includeSubclassesOfFinalSenderIsRejected() {
    assertRejected("SubclassesOfFinalSender", "[SignalsSubclassesOfFinalSender]");
  }

  @Test
  void secondSignalsAppIsRejected() {
    assertRejected("DuplicateSignalsApp", "[SignalsDuplicateSignalsApp]");
  }

  @Test
  void invalidRegistryNameIsRejected() {
    assertRejected("RegistryName", "[SignalsRegistryName]");
  }

  @Test
  void registryNamedLikeAnExistingClassIsRejectedOnSignalsApp() {
    assertRejected(
        "RegistryNameClash",
        "[SignalsRegistryNameClash]",
        "registry com.example.RegistryNameClash would have the name of class"
            + " com.example.RegistryNameClash, declared in this compilation",
        "such as @SignalsApp(registry = \"RegistryNameClashSignals\")");
  }

  @Test
  void defaultRegistryNameTakenByAClassIsRejectedOnThatClass() {
    JavaFileObject clashing = TestSources.source("bad/clash/com/example/SignalsRegistry.java");
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
    sources.addAll(TestSources.sources("bad/clash"));
    Compilation compilation = TestSources.compile(sources);
    assertThat(compilation)
        .hadErrorContaining("[SignalsRegistryNameClash] registry com.example.SignalsRegistry")
        .inFile(clashing)
        .onLine(expectedLine(clashing));
    assertThat(compilation).hadErrorContaining("name the registry with @SignalsApp(registry = ");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void registryOptionNamingAnExistingClassIsRejected() {
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
    sources.add(TestSources.source("bad/clash/com/example/Receivers.java"));
    Compilation compilation =
        TestSources.compile(sources, "-A" + SignalsProcessor.REGISTRY_OPTION + "=com.example.Notification");
    assertThat(compilation)
        .hadErrorContaining(
            "[SignalsRegistryNameClash] registry com.example.Notification would have the name of record"
                + " com.example.Notification");
    assertThat(compilation).hadErrorContaining("pass another name with -Asignals4j.registry");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void emptyRegistryOptionIsRejected() {
    Compilation compilation =
        compileWithSupport(TestSources.source("bad/clash/com/example/Receivers.java"));
    assertThat(compilation).succeeded();
    for (String option : List.of("-A" + SignalsProcessor.REGISTRY_OPTION + "=", "-A" + SignalsProcessor.REGISTRY_OPTION)) {
      List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
      sources.add(TestSources.source("bad/clash/com/example/Receivers.java"));
      Compilation empty = TestSources.compile(sources, option);
      assertThat(empty).hadErrorContaining("[SignalsRegistryName] \"\" is not a valid -Asignals4j.registry value");
      assertThat(empty).hadErrorCount(1);
    }
  }

  @Test
  void registryOptionNamingAJdkPackageIsRejected() {
    for (String name : List.of("java.util.AppSignals", "java.signals.AppSignals", "javax.annotation.processing.AppSignals")) {
      List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
      sources.add(TestSources.source("bad/clash/com/example/Receivers.java"));
      Compilation compilation = TestSources.compile(sources, "-A" + SignalsProcessor.REGISTRY_OPTION + "=" + name);
      assertThat(compilation).hadErrorContaining("[SignalsRegistryName] \"" + name + "\" is not a valid");
      assertThat(compilation).hadErrorContaining("where this module cannot add classes");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  @Test
  void receiverInTheUnnamedPackageIsRejectedWhenTheRegistryIsInANamedOne() {
    JavaFileObject source =
        com.google.testing.compile.JavaFileObjects.forSourceLines(
            "Unnamed",
            "import io.signals4j.Receiver;",
            "public final class Unnamed {",
            "  @Receiver(signal = com.example.Notification.class) // expect",
            "  public static void on(com.example.Notification n) {}",
            "}");
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
    sources.add(source);
    Compilation compilation = TestSources.compile(sources, "-A" + SignalsProcessor.REGISTRY_OPTION + "=com.example.AppSignals");
    assertThat(compilation)
        .hadErrorContaining("[SignalsUnnamedPackage] Unnamed.on(Notification) needs Unnamed, which is in the unnamed package")
        .inFile(source)
        .onLine(3);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unresolvedSignalIsReportedAtTheEnd() {
    assertRejected("UnresolvedType", "[SignalsUnresolvedType]");
  }

  @Test
  void signalInvisibleFromTheRegistryIsRejected() {
    JavaFileObject source = TestSources.source("bad/inaccessible/com/example/InaccessibleType.java");
    Compilation compilation =
        TestSources.compile(
            List.of(source, TestSources.source("bad/inaccessible/com/example/Hidden.java")),
            "-A" + SignalsProcessor.REGISTRY_OPTION + "=com.other.Registry");
    assertThat(compilation).hadErrorContaining("[SignalsInaccessibleType]").inFile(source).onLine(expectedLine(source));
  }

  @Test
  void senderNestedInAPrivateClassIsToldWhichClassToOpen() {
    JavaFileObject source = TestSources.source("bad/inaccessible/com/example/InaccessibleSender.java");
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
    sources.add(source);
    Compilation samePackage = TestSources.compile(sources);
    assertThat(samePackage)
        .hadErrorContaining(
            "[SignalsInaccessibleType] sender InaccessibleSender.Hidden.Sender of InaccessibleSender.on(Notification)"
                + " is not accessible from the registry com.example.SignalsRegistry; make InaccessibleSender.Hidden"
                + " package-private or public.")
        .inFile(source)
        .onLine(expectedLine(source));
    // Package-private would not do for a registry in another package.
    Compilation otherPackage =
        TestSources.compile(sources, "-A" + SignalsProcessor.REGISTRY_OPTION + "=com.other.Registry");
    assertThat(otherPackage)
        .hadErrorContaining("from the registry com.other.Registry; make InaccessibleSender.Hidden public.")
        .inFile(source)
        .onLine(expectedLine(source));
  }

  @Test
  void checkedExceptionsAreAllowed() {
    // good/senders declares ModelReceivers.audit(...) throws IOException.
    assertThat(TestSources.compile(TestSources.sources("good/senders"))).succeededWithoutWarnings();
  }

  @Test
  void everyMessageHasADistinctTag() {
    List<String> tags = new ArrayList<>();
    for (Message message : Message.values()) {
      assertThat(message.tag()).matches("\\[Signals[A-Z][A-Za-z]+\\]");
      tags.add(message.tag());
    }
    assertThat(tags).containsNoDuplicates();
  }

  private static Compilation compileWithSupport(JavaFileObject source) {
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
    sources.add(source);
    return TestSources.compile(sources);
  }

  private static void assertRejected(String rule, String tag, String... fragments) {
    JavaFileObject source = TestSources.source("bad/rules/" + rule + ".java");
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("bad/support"));
    sources.add(source);
    Compilation compilation = TestSources.compile(sources);
    assertThat(compilation).hadErrorContaining(tag).inFile(source).onLine(expectedLine(source));
    for (String fragment : fragments) {
      assertThat(compilation).hadErrorContaining(fragment).inFile(source).onLine(expectedLine(source));
    }
  }

  static int expectedLine(JavaFileObject source) {
    try {
      String[] lines = source.getCharContent(true).toString().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].endsWith("// expect")) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("No line ends with // expect in " + source.getName());
  }
}
