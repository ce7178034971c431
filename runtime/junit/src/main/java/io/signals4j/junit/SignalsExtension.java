package io.signals4j.junit;

import io.signals4j.Muting;
import io.signals4j.SignalRegistry;
import io.signals4j.Signals;
import io.signals4j.spi.TransactionHook;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A JUnit Jupiter extension for tests of code that sends signals: each test gets its {@link
 * Signals}, a {@link RecordedSignals} of every send it makes, the mutings of {@link MuteSignals},
 * and {@linkplain RecordedSignals#captureTransaction() captured} after-commit receivers. Test
 * methods, and their {@code @BeforeEach} and {@code @AfterEach} methods, take the {@code Signals}
 * and the {@code RecordedSignals} of their test as parameters.
 *
 * <pre>{@code
 * class CheckoutTest {
 *   @RegisterExtension
 *   static SignalsExtension signals = SignalsExtension.installing(ShopSignals.REGISTRY);
 *
 *   @Test
 *   @MuteSignals(PostSave.class)
 *   void placingAnOrderAnnouncesIt(Signals signals, RecordedSignals recorded) {
 *     new Checkout(signals).placeOrder(cart);
 *     assertEquals(1, recorded.sent(OrderPlaced.class, Checkout.class).size());
 *   }
 * }
 * }</pre>
 *
 * <p>Where the {@code Signals} comes from:
 *
 * <ul>
 *   <li>{@link #installing} and {@link #building}: a fresh one for every test, so that receivers a
 *       test connects never reach the next; the Django counterpart is a test that mocks a receiver
 *       and restores it afterwards.
 *   <li>{@link #wrapping} and {@link #wrappingFrom}: the application's, to which the application
 *       bound its emitters when its persistence unit or server started. The extension adds its
 *       recorder and mutings before each test and removes them after it; it puts its transaction
 *       hook first before each test, ahead of the application's own, and leaves it there, since
 *       it does nothing while no capture is open.
 *   <li>{@code @ExtendWith(SignalsExtension.class)}: a fresh one for every test with the registries
 *       that {@link io.signals4j.RegistryDiscovery} finds, which include the test sources' own.
 * </ul>
 *
 * <p>Each test's state opens before the test's {@code @BeforeEach} methods and closes after its
 * {@code @AfterEach} methods, even when the test fails: mutings closed, recorder removed, open
 * captures closed. Tests may run in parallel: each has its own state, which other extensions reach
 * with {@link #recorded(ExtensionContext)}.
 */
public final class SignalsExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private final Function<ExtensionContext, Signals> source;
  private final boolean fresh;
  private final CapturingHook hook = new CapturingHook();
  private final ExtensionContext.Namespace namespace;

  /**
   * For {@code @ExtendWith(SignalsExtension.class)}: a fresh {@code Signals} for every test, with
   * the registries that discovery finds.
   */
  public SignalsExtension() {
    this(() -> Signals.builder().installDiscovered());
  }

  private SignalsExtension(Supplier<Signals.Builder> builder) {
    this.fresh = true;
    this.namespace = ExtensionContext.Namespace.create(SignalsExtension.class, this);
    this.source = context -> {
      Signals.Builder configured = builder.get();
      if (configured == null) {
        throw new ExtensionConfigurationException(
            "SignalsExtension.building: the supplier gave no Signals.Builder");
      }
      Signals signals = configured.ready();
      signals.addTransactionHookFirst(hook);
      return signals;
    };
  }

  private SignalsExtension(Function<ExtensionContext, Signals> signals) {
    this.fresh = false;
    this.namespace = ExtensionContext.Namespace.create(SignalsExtension.class, this);
    this.source = context -> {
      Signals found = signals.apply(context);
      if (found == null) {
        throw new ExtensionConfigurationException(
            "SignalsExtension.wrapping: the supplier gave no Signals; the application must have"
                + " created its Signals before each test starts (in a @BeforeAll method, say)");
      }
      found.addTransactionHookFirst(hook);
      return found;
    };
  }

  /**
   * A fresh {@code Signals} for every test, with these registries installed: {@code
   * Signals.ready(registries)} with the extension's transaction hook.
   *
   * @param registries the {@code REGISTRY} fields of generated registries
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static SignalsExtension installing(SignalRegistry... registries) {
    SignalRegistry[] installed = registries.clone();
    return new SignalsExtension(() -> Signals.builder().install(installed));
  }

  /**
   * A fresh {@code Signals} for every test, from a builder the test configures: for supplied
   * receiver instances, executors or transaction hooks of its own. The extension adds its
   * transaction hook before the builder's hooks, so that captures take precedence over their
   * transactions.
   *
   * @param builder gives a new builder for each test
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static SignalsExtension building(Supplier<Signals.Builder> builder) {
    return new SignalsExtension(Objects.requireNonNull(builder, "builder"));
  }

  /**
   * The application's {@code Signals}, asked for before each test: after the {@code @BeforeAll}
   * methods and the test instance's construction, before its {@code @BeforeEach} methods.
   *
   * @param signals gives the application's signals
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static SignalsExtension wrapping(Supplier<Signals> signals) {
    Objects.requireNonNull(signals, "signals");
    return new SignalsExtension(context -> signals.get());
  }

  /**
   * The application's {@code Signals}, found through the test's context before each test: for
   * applications that another extension starts, such as Spring's test context.
   *
   * <pre>{@code
   * @RegisterExtension
   * static SignalsExtension signals = SignalsExtension.wrappingFrom(
   *     context -> SpringExtension.getApplicationContext(context).getBean(Signals.class));
   * }</pre>
   *
   * @param signals finds the application's signals from the test's context
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static SignalsExtension wrappingFrom(Function<ExtensionContext, Signals> signals) {
    return new SignalsExtension(Objects.requireNonNull(signals, "signals"));
  }

  /**
   * The transaction hook that {@linkplain RecordedSignals#captureTransaction() captures} work
   * through. The extension adds it with {@link Signals#addTransactionHookFirst} to the {@code
   * Signals} it creates or wraps, before each test, so that a capture takes its sends' waiting
   * receivers even in a transaction of the application's own hooks (Spring's, Hibernate's) that the
   * test runs in, as a test that rolls back does: Django's {@code captureOnCommitCallbacks} inside a
   * {@code TestCase}. Outside a capture it has no transaction, and every send goes on to the other
   * hooks. Tests need it only for a {@code Signals} the extension neither creates nor wraps.
   *
   * @return the hook, the same for the life of this extension
   */
  public TransactionHook transactionHook() {
    return hook;
  }

  /**
   * The recorded sends of the test that {@code context} belongs to, for other extensions.
   *
   * @param context the context of a test, or of one of its {@code @BeforeEach} or {@code
   *     @AfterEach} methods
   * @return the recorder
   * @throws IllegalStateException outside a test of this extension
   */
  public RecordedSignals recorded(ExtensionContext context) {
    return run(context).recorded;
  }

  /**
   * Creates or finds the test's {@code Signals}, starts recording and opens the mutings.
   *
   * @param context the test's context
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    Signals signals = source.apply(context);
    TestRun run = new TestRun(signals, new RecordedSignals(signals, hook));
    context.getStore(namespace).put(TestRun.class, run);
    run.recorded.start();
    List<MuteSignals> mutes = new ArrayList<>();
    AnnotationSupport.findAnnotation(
            context.getRequiredTestClass(), MuteSignals.class, context.getEnclosingTestClasses())
        .ifPresent(mutes::add);
    AnnotationSupport.findAnnotation(context.getTestMethod(), MuteSignals.class)
        .ifPresent(mutes::add);
    for (MuteSignals mute : mutes) {
      run.mute(mute, context);
    }
  }

  /**
   * Closes the mutings and the open captures and stops recording.
   *
   * @param context the test's context
   */
  @Override
  public void afterEach(ExtensionContext context) {
    TestRun run = context.getStore(namespace).remove(TestRun.class, TestRun.class);
    if (run != null) {
      run.close();
    }
  }

  /**
   * Whether the parameter is the test's {@code Signals} or {@code RecordedSignals}.
   *
   * @param parameter the parameter
   * @param context the context of the method that declares it
   * @return whether this extension resolves it
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Signals.class || type == RecordedSignals.class;
  }

  /**
   * The test's {@code Signals} or {@code RecordedSignals}.
   *
   * @param parameter the parameter
   * @param context the context of the method that declares it
   * @return the value
   * @throws ParameterResolutionException for a method outside a test, such as a {@code
   *     @BeforeAll} method or a constructor
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    TestRun run = context.getStore(namespace).get(TestRun.class, TestRun.class);
    if (run == null) {
      throw new ParameterResolutionException(
          "SignalsExtension gives " + parameter.getParameter().getType().getSimpleName()
              + " only to test methods and their @BeforeEach and @AfterEach methods, not to "
              + parameter.getDeclaringExecutable());
    }
    return parameter.getParameter().getType() == Signals.class ? run.signals : run.recorded;
  }

  private TestRun run(ExtensionContext context) {
    TestRun run = context.getStore(namespace).get(TestRun.class, TestRun.class);
    if (run == null) {
      throw new IllegalStateException(
          "No test of this SignalsExtension is running in " + context.getDisplayName());
    }
    return run;
  }

  @Override
  public String toString() {
    return "SignalsExtension(" + (fresh ? "a fresh Signals for each test" : "wrapping") + ")";
  }

  /** What one test opened, to close after it. */
  private static final class TestRun {
    final Signals signals;
    final RecordedSignals recorded;
    final List<Muting> mutings = new ArrayList<>();

    TestRun(Signals signals, RecordedSignals recorded) {
      this.signals = signals;
      this.recorded = recorded;
    }

    void mute(MuteSignals mute, ExtensionContext context) {
      if (mute.value().length == 0) {
        if (mute.senders().length != 0) {
          throw new ExtensionConfigurationException(
              "@MuteSignals(senders = ...) on " + where(context) + " names no signal: list the"
                  + " signals whose sends from those senders to mute, as in"
                  + " @MuteSignals(value = PostSave.class, senders = User.class)");
        }
        mutings.add(signals.muteAll());
        return;
      }
      for (Class<?> signal : mute.value()) {
        mutings.add(mute.senders().length == 0
            ? signals.mute(signal)
            : signals.mute(signal, mute.senders()));
      }
    }

    /**
     * The test, for messages. {@link Method} is only the type JUnit hands its test methods in: a
     * test helper reads its name, nothing calls it, and nothing here is on a send path.
     */
    private static String where(ExtensionContext context) {
      Optional<Method> method = context.getTestMethod();
      return method.isPresent()
          ? method.get().getDeclaringClass().getSimpleName() + "." + method.get().getName()
          : context.getRequiredTestClass().getSimpleName();
    }

    void close() {
      for (int i = mutings.size() - 1; i >= 0; i--) {
        mutings.get(i).close();
      }
      recorded.stop();
    }
  }
}
