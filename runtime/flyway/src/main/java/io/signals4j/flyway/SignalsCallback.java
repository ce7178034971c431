package io.signals4j.flyway;

import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.db.Migration;
import io.signals4j.db.PostMigrate;
import io.signals4j.db.PreMigrate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * A Flyway callback that sends {@link PreMigrate} (Django's {@code pre_migrate}) before each
 * {@code migrate()} applies anything, and {@link PostMigrate} (Django's {@code post_migrate})
 * after it has applied everything:
 *
 * <pre>{@code
 * Flyway.configure().dataSource(dataSource).callbacks(new SignalsCallback(signals)).load().migrate();
 * }</pre>
 *
 * <p>Flyway keeps only the callbacks of the last {@code callbacks(...)} call, so an application
 * with callbacks of its own passes them all in one call: {@code callbacks(new
 * SignalsCallback(signals), audit)}. Flyway cannot create this callback from its class name
 * ({@code callbacks(String...)}, {@code flyway.callbacks}), since it needs the {@link Signals}.
 *
 * <h2>When each signal is sent</h2>
 *
 * <ul>
 *   <li>{@code PreMigrate} on Flyway's {@code beforeMigrate} event, once per {@code migrate()},
 *       also when nothing is pending. Its plan is what Flyway's {@code info().pending()} reports at
 *       that moment, asked of a copy of the run's configuration without callbacks, so that no
 *       callback sees {@code info} events that nobody asked for. The copy opens one
 *       more connection of the data source while it reads the schema history; and since Flyway
 *       locks the schema history only afterwards, a concurrent migration elsewhere may apply some
 *       of the plan first.
 *   <li>{@code PostMigrate} on {@code afterMigrate}, once every pending migration has been applied
 *       and committed, also when there was nothing to apply: Django sends {@code post_migrate} on
 *       every {@code migrate}, so that receivers creating default rows run on every deployment.
 *       Its plan is the migrations that this run applied, in order.
 *   <li>When a migration fails, {@code PostMigrate} is not sent, as in Django, where {@code migrate}
 *       raises before it would send {@code post_migrate}; {@code migrate()} throws Flyway's
 *       exception as it would without this callback.
 *   <li>A run that fails Flyway's validation, which comes before {@code beforeMigrate} (for
 *       instance after a failed migration that the schema history still records), sends neither.
 * </ul>
 *
 * <p>The sender of both is {@code SignalsCallback.class}, and {@code using} is the name of
 * Flyway's environment ({@code "default"} unless configured otherwise), the counterpart of
 * Django's database alias. Receivers run on the thread that called {@code migrate()}.
 *
 * <h2>Receivers that fail</h2>
 *
 * Both signals are sent with {@link Signal#send}, as Django sends its own, so the first receiver
 * that throws stops the others, and Flyway fails {@code migrate()} with a {@code FlywayException}
 * ("Error while executing beforeMigrate callback: ...") whose cause is the {@code
 * ReceiverException} naming the receiver, the signal and the sender.
 *
 * <ul>
 *   <li>A failing {@code PreMigrate} receiver stops the run before its first migration: nothing is
 *       applied.
 *   <li>A failing {@code PostMigrate} receiver cannot undo the migrations, which Flyway has already
 *       committed, as Django's cannot. But Flyway runs this callback in a transaction of its own,
 *       so whatever the receivers wrote through the payload's connection is rolled back together
 *       and nothing is left half-written. That holds wherever Flyway runs migrations in
 *       transactions: on databases with multi-statement transactions, PostgreSQL and H2 among
 *       them, while {@code executeInTransaction} keeps its default, true. With {@code
 *       executeInTransaction(false)}, receivers' statements commit as they run.
 * </ul>
 *
 * <p>When nothing listens to either signal, this callback declines every event, and Flyway runs
 * as if it were not registered.
 */
public final class SignalsCallback implements Callback {

  /** The sender of both signals. */
  private static final Class<?> SENDER = SignalsCallback.class;

  private final Signal<PreMigrate> preMigrate;
  private final Signal<PostMigrate> postMigrate;

  /**
   * The migration runs open on each thread, innermost first. Flyway calls callbacks on the thread
   * that called {@code migrate()}, and one callback may serve several Flyway instances at once.
   */
  private final ThreadLocal<Run> runs = new ThreadLocal<>();

  /** One {@code migrate()} between its {@code beforeMigrate} and its end. */
  private record Run(Configuration configuration, List<Migration> applied, Run outer) {}

  /**
   * A callback that sends the migration signals through {@code signals}.
   *
   * @param signals where the signals are sent
   */
  public SignalsCallback(Signals signals) {
    Objects.requireNonNull(signals, "signals");
    this.preMigrate = signals.signal(PreMigrate.class);
    this.postMigrate = signals.signal(PostMigrate.class);
  }

  /**
   * Takes {@code beforeMigrate} when someone listens, and then the events of that run up to its
   * end. Never takes the deprecated {@code createSchema} event, for which Flyway logs a warning.
   *
   * @param event the event
   * @param context the event's context
   * @return whether {@link #handle} should be called for it
   */
  @Override
  public boolean supports(Event event, Context context) {
    switch (event) {
      case BEFORE_MIGRATE:
        return preMigrate.hasListeners(SENDER) || postMigrate.hasListeners(SENDER);
      case AFTER_EACH_MIGRATE:
      case AFTER_MIGRATE:
      case AFTER_MIGRATE_ERROR:
        return current(context) != null;
      default:
        return false;
    }
  }

  /**
   * True: receivers may run in the transaction Flyway opens for callbacks, so that their writes
   * commit or roll back together.
   *
   * @param event the event
   * @param context the event's context
   * @return true
   */
  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  /**
   * Sends {@link PreMigrate} on {@code beforeMigrate}, notes each applied migration, and sends
   * {@link PostMigrate} on {@code afterMigrate}.
   *
   * @param event the event
   * @param context the event's context
   * @throws io.signals4j.ReceiverException if a receiver fails; Flyway wraps it
   */
  @Override
  public void handle(Event event, Context context) {
    switch (event) {
      case BEFORE_MIGRATE:
        beforeMigrate(context);
        break;
      case AFTER_EACH_MIGRATE:
        current(context).applied().add(migration(context.getMigrationInfo()));
        break;
      case AFTER_MIGRATE:
        afterMigrate(context);
        break;
      case AFTER_MIGRATE_ERROR:
        finish(context);
        break;
      default:
        break;
    }
  }

  /**
   * The name Flyway logs this callback under.
   *
   * @return {@code "signals4j"}
   */
  @Override
  public String getCallbackName() {
    return "signals4j";
  }

  private void beforeMigrate(Context context) {
    Configuration configuration = context.getConfiguration();
    Run outer = runs.get();
    // Flyway sends no afterMigrateError when a callback fails in beforeMigrate, so a run of this
    // configuration still open here was abandoned; drop it rather than nest in it.
    if (outer != null && outer.configuration() == configuration) {
      outer = outer.outer();
    }
    runs.set(new Run(configuration, new ArrayList<>(), outer));
    if (!preMigrate.hasListeners(SENDER)) {
      return;
    }
    try {
      preMigrate.send(SENDER,
          new PreMigrate(using(configuration), pending(configuration), context.getConnection()));
    } catch (RuntimeException | Error e) {
      finish(context);
      throw e;
    }
  }

  private void afterMigrate(Context context) {
    Run run = finish(context);
    if (run != null && postMigrate.hasListeners(SENDER)) {
      postMigrate.send(SENDER,
          new PostMigrate(using(run.configuration()), run.applied(), context.getConnection()));
    }
  }

  /** The run of {@code context}'s configuration open on this thread, or null. */
  private Run current(Context context) {
    Run run = runs.get();
    return run != null && run.configuration() == context.getConfiguration() ? run : null;
  }

  /** Closes the run of {@code context}, making the run it was nested in current again. */
  private Run finish(Context context) {
    Run run = current(context);
    if (run != null) {
      if (run.outer() == null) {
        runs.remove();
      } else {
        runs.set(run.outer());
      }
    }
    return run;
  }

  private static List<Migration> pending(Configuration configuration) {
    Flyway withoutCallbacks = Flyway.configure(configuration.getClassLoader())
        .configuration(configuration)
        .callbacks(new Callback[0])
        .skipDefaultCallbacks(true)
        .load();
    List<Migration> plan = new ArrayList<>();
    for (MigrationInfo info : withoutCallbacks.info().pending()) {
      plan.add(migration(info));
    }
    return plan;
  }

  private static Migration migration(MigrationInfo info) {
    String version = info.getVersion() == null ? null : info.getVersion().getVersion();
    return new Migration(version, info.getDescription(), info.getScript());
  }

  private static String using(Configuration configuration) {
    String environment = configuration.getCurrentEnvironmentName();
    return environment == null ? "default" : environment;
  }
}
