package io.signals4j.it.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.signals4j.Connect;
import io.signals4j.Phase;
import io.signals4j.ReceiverInfo;
import io.signals4j.Response;
import io.signals4j.Signal;
import io.signals4j.Signals;
import io.signals4j.flyway.SignalsCallback;
import io.signals4j.hibernate.HibernateSignals;
import io.signals4j.httpserver.HttpServerSignalsFilter;
import io.signals4j.it.demo.blog.BillingProfile;
import io.signals4j.it.demo.blog.Comment;
import io.signals4j.it.demo.blog.Post;
import io.signals4j.it.demo.blog.PostPublished;
import io.signals4j.it.demo.blog.Tag;
import io.signals4j.it.demo.blog.User;
import io.signals4j.it.demo.receivers.AuditReceivers;
import io.signals4j.it.demo.receivers.BillingReceivers;
import io.signals4j.it.demo.receivers.CleanupReceivers;
import io.signals4j.it.demo.receivers.FeedReceivers;
import io.signals4j.it.demo.receivers.LoadReceivers;
import io.signals4j.it.demo.receivers.MailReceivers;
import io.signals4j.it.demo.receivers.NotificationReceivers;
import io.signals4j.it.demo.receivers.RequestReceivers;
import io.signals4j.it.demo.receivers.SchemaReceivers;
import io.signals4j.it.demo.receivers.SearchIndex;
import io.signals4j.it.demo.receivers.TagReceivers;
import io.signals4j.jdbc.SignalingDataSource;
import io.signals4j.model.PostSave;
import io.signals4j.request.RequestFinished;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceConfiguration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.AvailableSettings;

/**
 * The demo: a small blog on a real database, playing the stories every Django signals tutorial
 * tells, each event one line of a timeline. Flyway creates the schema, HikariCP pools the
 * connections, Hibernate ORM maps the entities, the JDK's HTTP server answers requests, and
 * signals4j's emitters send Django's built-in signals from all of them to the {@code @Receiver}
 * methods of {@code io.signals4j.it.demo.receivers}.
 *
 * <p>From the repository's root, on H2, then on a PostgreSQL server (any database; the demo keeps
 * to a schema of its own, {@value Database#SCHEMA}):
 *
 * <pre>{@code
 * mvn -B -ntp -pl integration-tests/demo -am compile exec:java
 * mvn -B -ntp -pl integration-tests/demo -am compile exec:java \
 *     -Dexec.args='jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=secret'
 * }</pre>
 */
public final class Demo {

  /** How many members the bulk import adds. */
  public static final int IMPORTED_MEMBERS = 25;

  private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);

  private final Timeline timeline;
  private final Database database;
  private final Outbox outbox = new Outbox();
  private final SearchIndex search;
  private final SqlLog sql = new SqlLog();
  private final Signals signals;

  private HikariDataSource pool;
  private EntityManagerFactory persistenceUnit;

  private Demo(Timeline timeline, Database database) {
    this.timeline = timeline;
    this.database = database;
    this.search = new SearchIndex(timeline);
    // AppConfig.ready(): the registry the processor generated, with the instances its receiver
    // classes are called on.
    this.signals = Signals.builder()
        .install(BlogSignals.REGISTRY)
        .supply(SchemaReceivers.class, new SchemaReceivers(timeline))
        .supply(BillingReceivers.class, new BillingReceivers(timeline))
        .supply(AuditReceivers.class, new AuditReceivers(timeline))
        .supply(NotificationReceivers.class, new NotificationReceivers(timeline))
        .supply(TagReceivers.class, new TagReceivers(timeline))
        .supply(CleanupReceivers.class, new CleanupReceivers(timeline))
        .supply(LoadReceivers.class, new LoadReceivers(timeline))
        .supply(RequestReceivers.class, new RequestReceivers(timeline))
        .supply(FeedReceivers.class, new FeedReceivers(timeline))
        .supply(MailReceivers.class, new MailReceivers(timeline, outbox))
        .supply(SearchIndex.class, search)
        .ready();
  }

  /**
   * Plays the demo on H2 in memory, or on the database of the JDBC URL given as argument.
   *
   * @param args nothing, or a {@code jdbc:postgresql://...} or {@code jdbc:h2:...} URL
   * @throws Exception if a part fails to start or a story does not go as told
   */
  public static void main(String[] args) throws Exception {
    run(System.out, Database.of(args.length > 0 ? args[0] : Database.DEFAULT_URL));
  }

  /**
   * Plays the demo, printing its timeline to {@code out}. The database keeps its rows afterwards,
   * in schema {@value Database#SCHEMA}.
   *
   * @param out where the timeline goes
   * @param database the database to play on; its schema {@value Database#SCHEMA} is replaced
   * @return the timeline's lines
   * @throws Exception if a part fails to start or a story does not go as told
   */
  public static List<String> run(PrintStream out, Database database) throws Exception {
    Timeline timeline = new Timeline(out);
    Runnable restoreLogging = OneLineLog.install(timeline);
    try {
      new Demo(timeline, database).play();
    } finally {
      restoreLogging.run();
    }
    return timeline.lines();
  }

  private void play() throws Exception {
    long start = System.nanoTime();
    timeline.line("signals4j demo: a blog on " + database.url()
        + ", with Flyway, HikariCP, Hibernate ORM and the JDK's HTTP server");
    timeline.line("Each line is a signal a receiver got, by its Django name, or (>) what the demo"
        + " does.");
    try {
      startUp();
      Map<String, User> members = signUps();
      changeEmail(members.get("ann"));
      writing(members.get("ann"), members.get("bob"));
      loadPostsBack();
      requests();
      publishing();
      bulkImport();
      report();
    } finally {
      if (persistenceUnit != null) {
        persistenceUnit.close();
      }
      if (pool != null) {
        pool.close();
      }
    }
    timeline.line("");
    timeline.line(String.format(
        "Done in %.1f s; the rows stay in schema %s of %s.",
        (System.nanoTime() - start) / 1e9, Database.SCHEMA, database.url()));
  }

  // ---------------------------------------------------------------------------------------------
  // 1. Start-up

  private void startUp() throws Exception {
    timeline.step("Start-up: migrations, the connection pool, the persistence unit");
    database.dropSchema();
    timeline.action("Flyway migrates schema " + Database.SCHEMA);
    Flyway.configure()
        .dataSource(database.dataSource())
        .schemas(Database.SCHEMA)
        .callbacks(new SignalsCallback(signals))
        .load()
        .migrate();

    timeline.action("HikariCP opens a pool of 2 connections");
    HikariConfig config = new HikariConfig();
    config.setPoolName("blog-pool");
    config.setDataSource(SignalingDataSource.wrap(database.dataSource(), signals));
    config.setSchema(Database.SCHEMA);
    config.setMinimumIdle(2);
    config.setMaximumPoolSize(2);
    pool = new HikariDataSource(config);
    awaitConnections(2);

    timeline.action("Hibernate starts persistence unit \"blog\"");
    persistenceUnit = new PersistenceConfiguration("blog")
        .managedClass(User.class)
        .managedClass(BillingProfile.class)
        .managedClass(Post.class)
        .managedClass(Comment.class)
        .managedClass(Tag.class)
        .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
        .property(AvailableSettings.STATEMENT_INSPECTOR, sql)
        .property(HibernateSignals.SIGNALS, signals)
        .createEntityManagerFactory();
  }

  /** The pool opens all but its first connection on a thread of its own; the story waits. */
  private void awaitConnections(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (pool.getHikariPoolMXBean().getTotalConnections() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The pool did not open " + count + " connections in 10 s");
      }
      Thread.sleep(5);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 2-3. Sign-ups

  private Map<String, User> signUps() throws SQLException {
    timeline.step("Members sign up: post_save creates the profile, the mail waits for the commit");
    User ann = signUp("ann", "ann@example.com");
    User bob = signUp("bob", "bob@example.com");

    timeline.step("A sign-up whose transaction rolls back: no profile, no mail");
    // Compensating work for a sign-up that fails, connected at run time as Django code calls
    // post_save.connect(...).
    Signal<PostSave<User>> postSave = signals.signal(PostSave.class);
    postSave.connect(
        (saved, sender) -> {
          if (saved.created()) {
            timeline.signal("post_save", "after rollback: the sign-up of " + saved.instance()
                + " is abandoned, and the profile with it");
          }
        },
        Connect.sender(User.class)
            .phase(Phase.AFTER_ROLLBACK)
            .named("Demo.abandonedSignUp(PostSave)"));
    timeline.action("cy signs up, but the card check fails and the transaction rolls back");
    try (EntityManager em = persistenceUnit.createEntityManager()) {
      em.getTransaction().begin();
      em.persist(new User("cy", "cy@example.com"));
      em.getTransaction().rollback();
    }
    long users = count("users WHERE username = 'cy'");
    long profiles =
        count("billing_profiles p JOIN users u ON u.id = p.user_id WHERE u.username = 'cy'");
    long mails = outbox.sentTo("cy@example.com");
    timeline.action("in the database: " + users + " users named cy, " + profiles
        + " billing profiles of cy; welcome mails to cy: " + mails);
    expect(users + profiles + mails == 0, "the rolled-back sign-up left something behind");
    return Map.of("ann", ann, "bob", bob);
  }

  private User signUp(String username, String email) {
    timeline.action(username + " signs up; the transaction commits");
    User user = new User(username, email);
    commit(em -> em.persist(user));
    return user;
  }

  // ---------------------------------------------------------------------------------------------
  // 4. pre_save with the previous state

  private void changeEmail(User ann) {
    timeline.step("A member changes e-mail: pre_save knows the old address without a query");
    timeline.action("ann changes her e-mail to ann@blog.example");
    sql.clear();
    commit(em -> em.find(User.class, ann.getId()).setEmail("ann@blog.example"));
    timeline.action("SQL of that transaction: " + String.join(", ", sql.statements()));
  }

  // ---------------------------------------------------------------------------------------------
  // 5-7. Comments, tags, deletes, in one long-lived session

  private void writing(User annDetached, User bobDetached) {
    try (EntityManager session = persistenceUnit.createEntityManager()) {
      User ann = session.find(User.class, annDetached.getId());
      User bob = session.find(User.class, bobDetached.getId());
      Post hello = new Post(ann, "Hello, signals");
      Post compileTime = new Post(ann, "Django's signals, wired at compile time");
      Post imports = new Post(ann, "Bulk imports without surprises");
      commit(session, em -> List.of(hello, compileTime, imports).forEach(em::persist));

      timeline.step("A comment is posted: the post's author is notified (sender = Comment)");
      timeline.action("bob comments on " + hello + ", and ann replies");
      commit(session, em -> {
        hello.comment(bob, "Great post!");
        hello.comment(ann, "Thanks, bob!");
      });
      Signal<PostSave<?>> postSave = signals.signal(PostSave.class);
      timeline.action("post_save receivers of a Comment's save: " + names(postSave.receivers(
          Comment.class)) + "; of a Post's: " + names(postSave.receivers(Post.class)));

      timeline.step("Tags added and removed: m2m_changed with its actions and pk_set");
      Map<String, Tag> tags = session.createQuery("from Tag", Tag.class).getResultStream()
          .collect(Collectors.toMap(Tag::getName, tag -> tag));
      timeline.action("ann tags " + compileTime + " #django and #signals");
      commit(session, em -> {
        compileTime.getTags().add(tags.get("django"));
        compileTime.getTags().add(tags.get("signals"));
      });
      timeline.action("ann swaps #django for #java");
      commit(session, em -> {
        compileTime.getTags().remove(tags.get("django"));
        compileTime.getTags().add(tags.get("java"));
      });

      timeline.step("A post is deleted with its comments: pre_delete and post_delete, with origin");
      timeline.action("ann deletes " + hello);
      commit(session, em -> em.remove(hello));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 8. pre_init / post_init

  private void loadPostsBack() {
    timeline.step("Posts loaded back from the database: pre_init and post_init");
    timeline.action("a new session queries every post");
    inTransaction(em -> em.createQuery("from Post order by id", Post.class).getResultList());
  }

  // ---------------------------------------------------------------------------------------------
  // 9. Request signals

  private void requests() throws Exception {
    timeline.step("HTTP requests to the demo's own server on loopback");
    Signal<RequestFinished> requestFinished = signals.signal(RequestFinished.class);
    Semaphore finished = new Semaphore(0);
    // Django's documented first example: request_finished.connect(my_callback).
    requestFinished.connect(
        (done, sender) -> {
          timeline.signal("request_finished", RequestReceivers.requestLine(done) + " -> "
              + done.status() + " in " + done.duration().toMillis() + " ms");
          finished.release();
        },
        Connect.anySender().named("Demo.requestFinished(RequestFinished)"));

    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    HttpServerSignalsFilter filter = new HttpServerSignalsFilter(signals);
    server.createContext("/posts", this::listPosts).getFilters().add(filter);
    server.createContext("/stats", exchange -> {
      throw new IllegalStateException("the statistics service is down");
    }).getFilters().add(filter);
    server.start();
    try {
      HttpClient client = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(HTTP_TIMEOUT)
          .build();
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      for (String path : List.of("/posts", "/stats")) {
        HttpResponse<String> response = client.send(
            HttpRequest.newBuilder(base.resolve(path)).timeout(HTTP_TIMEOUT).build(),
            HttpResponse.BodyHandlers.ofString());
        if (!finished.tryAcquire(HTTP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new IllegalStateException("request_finished never came for " + path);
        }
        timeline.action("the client got " + response.statusCode() + " for GET " + path
            + (response.body().isEmpty() ? "" : ": " + response.body().strip()));
      }
    } finally {
      server.stop(0);
    }
  }

  private void listPosts(HttpExchange exchange) throws IOException {
    List<String> titles = inTransaction(em -> em
        .createQuery("select p.title from Post p order by p.id", String.class)
        .getResultList());
    byte[] body = (titles.size() + " posts: " + String.join("; ", titles))
        .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 10-11. A custom signal, send and send_robust

  private void publishing() {
    Signal<PostPublished> published = signals.signal(PostPublished.class);
    // A projection, not entities: loading the posts again would send pre_init and post_init.
    List<PostPublished> posts = inTransaction(em -> em
        .createQuery("select p.id, p.title, p.author.username from Post p order by p.id",
            Object[].class)
        .getResultStream()
        .map(row -> new PostPublished((Long) row[0], (String) row[1], (String) row[2]))
        .toList());

    timeline.step("A custom signal: post_published, sent with send()");
    timeline.action("ann publishes \"" + posts.get(0).title() + "\"");
    published.send(Post.class, posts.get(0));

    timeline.step("send_robust() with a failing receiver: one line, every receiver still runs");
    search.setAvailable(false);
    timeline.action("the search service goes down; ann publishes \"" + posts.get(1).title()
        + "\" with sendRobust()");
    List<Response> responses = published.sendRobust(Post.class, posts.get(1));
    search.setAvailable(true);
    timeline.action("sendRobust returned " + responses.stream()
        .map(response -> response.receiver().name() + (response.failed()
            ? " failed (" + response.error().getClass().getSimpleName() + ")"
            : " ok"))
        .collect(Collectors.joining(", ")));
  }

  // ---------------------------------------------------------------------------------------------
  // 12. Muting

  private void bulkImport() throws SQLException {
    timeline.step("A bulk import under signals.mute(PostSave.class)");
    long profiles = count("billing_profiles");
    int mails = outbox.sent().size();
    timeline.action("importing " + IMPORTED_MEMBERS + " members in one transaction");
    signals.mute(PostSave.class).during(() -> commit(em -> {
      for (int i = 1; i <= IMPORTED_MEMBERS; i++) {
        em.persist(new User(String.format("reader%02d", i), "reader" + i + "@example.com"));
      }
    }));
    long newProfiles = count("billing_profiles") - profiles;
    int newMails = outbox.sent().size() - mails;
    timeline.action("post_save was silent: " + newProfiles + " billing profiles and " + newMails
        + " welcome mails for them; members now " + count("users") + ", billing profiles "
        + count("billing_profiles"));
    expect(newProfiles + newMails == 0, "a receiver heard the muted import");
  }

  // ---------------------------------------------------------------------------------------------
  // 13. What is connected

  private void report() throws IOException {
    timeline.step("The receivers: the report the processor wrote at build time");
    String report = "META-INF/signals4j/" + BlogSignals.class.getName() + ".txt";
    try (InputStream in = Demo.class.getClassLoader().getResourceAsStream(report)) {
      if (in == null) {
        throw new IllegalStateException("No " + report + " on the class path");
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(line -> !line.isBlank())
          .forEach(line -> timeline.line("   " + line));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    timeline.action("and connected at run time:");
    for (Class<?> type : signals.signalTypes()) {
      for (ReceiverInfo receiver : signals.signal(type).receivers()) {
        if (receiver.origin().equals(ReceiverInfo.CONNECTED)) {
          timeline.line("   " + receiver);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static String names(List<ReceiverInfo> receivers) {
    return receivers.isEmpty()
        ? "none"
        : receivers.stream().map(ReceiverInfo::name).collect(Collectors.joining(", "));
  }

  /** Stops the demo where a story did not go as told, rather than printing a wrong timeline on. */
  private static void expect(boolean told, String otherwise) {
    if (!told) {
      throw new IllegalStateException("The demo went wrong: " + otherwise);
    }
  }

  private long count(String fromWhere) throws SQLException {
    return database.count("SELECT COUNT(*) FROM " + fromWhere);
  }

  /** Runs {@code work} in a new session and a transaction that commits, and returns its result. */
  private <T> T inTransaction(Function<EntityManager, T> work) {
    try (EntityManager em = persistenceUnit.createEntityManager()) {
      return inTransaction(em, work);
    }
  }

  /** Runs {@code work} in a new session and a transaction that commits. */
  private void commit(Consumer<EntityManager> work) {
    try (EntityManager em = persistenceUnit.createEntityManager()) {
      commit(em, work);
    }
  }

  /** Runs {@code work} in a transaction of {@code em} that commits. */
  private static void commit(EntityManager em, Consumer<EntityManager> work) {
    inTransaction(em, session -> {
      work.accept(session);
      return null;
    });
  }

  private static <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
    EntityTransaction transaction = em.getTransaction();
    transaction.begin();
    try {
      T result = work.apply(em);
      transaction.commit();
      return result;
    } finally {
      if (transaction.isActive()) {
        transaction.rollback();
      }
    }
  }
}
