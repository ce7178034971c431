package io.signals4j.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.signals4j.it.databases.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Plays the demo in this JVM, as README's first command does, and checks its timeline against
 * the stories it tells and the rows it leaves in the database.
 */
class DemoTest {

  @Test
  void playsEveryStoryOnH2() throws Exception {
    playsEveryStory(Database.of(TestDatabases.h2("demo").url()));
  }

  @Test
  void playsEveryStoryOnPostgreSQL() throws Exception {
    playsEveryStory(Database.of(TestDatabases.postgres("demo").url()));
  }

  @Test
  void aDatabaseOtherThanH2OrPostgreSQLIsRefusedByName() {
    IllegalArgumentException refused = assertThrows(
        IllegalArgumentException.class, () -> Database.of("jdbc:mysql://localhost/blog"));
    assertTrue(refused.getMessage().contains("jdbc:mysql://localhost/blog"), refused::getMessage);
  }

  private static void playsEveryStory(Database database) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    List<String> lines;
    // What the components log besides the timeline: slf4j-simple writes to System.err as it is
    // at each write, java.util.logging to the handlers of its root logger.
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Handler warnings = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          logged.add(record);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    PrintStream stderr = System.err;
    root.addHandler(warnings);
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8)) {
      System.setErr(err);
      lines = Demo.run(out, database);
    } finally {
      System.setErr(stderr);
      root.removeHandler(warnings);
    }
    assertEquals("", errors.toString(StandardCharsets.UTF_8), "nothing on System.err");
    assertEquals(List.of(), logged.stream().map(LogRecord::getMessage).toList(),
        "nothing logged beside the timeline");
    assertEquals(
        String.join(System.lineSeparator(), lines) + System.lineSeparator(),
        printed.toString(StandardCharsets.UTF_8),
        "the timeline is what was printed");
    String django = String.valueOf(tagId(database, "django"));
    String java = String.valueOf(tagId(database, "java"));
    String signals = String.valueOf(tagId(database, "signals"));

    assertInOrder(lines,
        // Start-up
        "pre_migrate            2 pending on default: V1 users and billing profiles, V2 posts",
        "post_migrate           applied V1 users and billing profiles, V2 posts comments and tags;"
            + " default tags created: django, java, signals",
        "connection_created     ",
        "connection_created     ",
        "class_prepared         BillingProfile (unit blog)",
        "class_prepared         User (unit blog)",
        // Sign-ups: the profile inside the transaction, the mail after its commit
        "> ann signs up",
        "post_save              User ann created=true: billing profile \"free\" created in the same",
        "post_save              after commit: welcome mail sent to ann@example.com",
        "> bob signs up",
        "post_save              User bob created=true",
        "post_save              after commit: welcome mail sent to bob@example.com",
        // The rolled-back sign-up
        "> cy signs up, but the card check fails and the transaction rolls back",
        "post_save              User cy created=true",
        "post_save              after rollback: the sign-up of cy is abandoned, and the profile"
            + " with it",
        "> in the database: 0 users named cy, 0 billing profiles of cy; welcome mails to cy: 0",
        // pre_save with the previous state, from what was loaded
        "pre_save               audit: ann changed e-mail ann@example.com -> ann@blog.example",
        "> SQL of that transaction: select users, update users",
        // Sender filtering
        "post_save              Comment by bob: ann notified of a comment on Post#1",
        "> post_save receivers of a Comment's save: NotificationReceivers.notifyPostAuthor(PostSave);"
            + " of a Post's: none",
        // m2m_changed
        "m2m_changed            pre_add Post#2.tags model=Tag pk_set=[" + django + ", " + signals
            + "]",
        "m2m_changed            post_add Post#2.tags model=Tag pk_set=[" + django + ", " + signals
            + "]",
        "m2m_changed            pre_remove Post#2.tags model=Tag pk_set=[" + django + "]",
        "m2m_changed            post_add Post#2.tags model=Tag pk_set=[" + java + "]",
        // Deletes, with origin
        "pre_delete             Comment#1 (origin Post#1 \"Hello, signals\")",
        "pre_delete             Post#1 \"Hello, signals\" (origin Post#1 \"Hello, signals\")",
        "post_delete            Comment#1 (origin Post#1 \"Hello, signals\")",
        "post_delete            Post#1 \"Hello, signals\" (origin Post#1 \"Hello, signals\")",
        // Loads
        "pre_init               Post id=2 title=\"Django's signals, wired at compile time\"",
        "pre_init               Post id=3",
        "post_init              Post#2 \"Django's signals, wired at compile time\" by ann",
        "post_init              Post#3",
        // Requests
        "request_started        GET /posts",
        "request_finished       GET /posts -> 200 in ",
        "> the client got 200 for GET /posts: 2 posts: Django's signals, wired at compile time;"
            + " Bulk imports without surprises",
        "request_started        GET /stats",
        "got_request_exception  GET /stats failed with IllegalStateException: the statistics"
            + " service is down; the client gets a 500",
        "request_finished       GET /stats -> 500 in ",
        "> the client got 500 for GET /stats",
        // A custom signal, in order
        "post_published         feed: \"Django's signals, wired at compile time\" by ann on top",
        "post_published         search index: \"Django's signals, wired at compile time\" indexed",
        // send_robust
        "post_published         feed: \"Bulk imports without surprises\" by ann on top",
        "log ERROR              sendRobust(): Receiver SearchIndex.index(PostPublished) failed",
        "> sendRobust returned FeedReceivers.addToFeed(PostPublished) ok,"
            + " SearchIndex.index(PostPublished) failed (IllegalStateException)",
        // Muting
        "> post_save was silent: 0 billing profiles and 0 welcome mails for them; members now 27,"
            + " billing profiles 2",
        // The report
        "Receivers of io.signals4j.it.demo.BlogSignals: 19 receivers of 14 signals",
        "BillingReceivers.createBillingProfile(PostSave)",
        "MailReceivers.sendWelcomeMail(PostSave)",
        "Demo.abandonedSignUp(PostSave) on io.signals4j.model.PostSave from"
            + " io.signals4j.it.demo.blog.User, after_rollback (connected)",
        "Demo.requestFinished(RequestFinished) on io.signals4j.request.RequestFinished from any"
            + " sender (connected)",
        "Done in ");

    assertEquals(2, matching(lines, "^   connection_created "), "two pooled connections");
    assertEquals(5, matching(lines, "^   class_prepared "), "one class_prepared per entity");
    assertEquals(2, matching(lines, "welcome mail sent to "), "mail for ann and bob only");
    assertEquals(1, matching(lines, "^   post_save +Comment by bob"), "bob's comment");
    assertEquals(0, matching(lines, "Comment by ann"), "ann commenting notifies nobody");
    assertEquals(6, matching(lines, "^   m2m_changed "), "add, then remove and add");
    assertEquals(3, matching(lines, "^   pre_delete "), "two comments and the post");
    assertEquals(1, matching(lines, "^   got_request_exception "), "one line for the failure");
    assertEquals(1, matching(lines, "^   log "), "one line for the failed robust receiver");
    assertEquals(0, matching(lines, "^\\s+at |Caused by"), "no stack trace");

    assertEquals(List.of("ann:ann@blog.example:free", "bob:bob@example.com:free"),
        rows(database, "SELECT u.username || ':' || u.email || ':' || p.plan FROM users u"
            + " JOIN billing_profiles p ON p.user_id = u.id ORDER BY u.username"));
    assertEquals(List.of("0"), rows(database, "SELECT COUNT(*) FROM users WHERE username = 'cy'"));
    assertEquals(List.of("27"), rows(database, "SELECT COUNT(*) FROM users"));
    assertEquals(List.of("Django's signals, wired at compile time", "Bulk imports without surprises"),
        rows(database, "SELECT title FROM posts ORDER BY id"));
    assertEquals(List.of("0"), rows(database, "SELECT COUNT(*) FROM comments"));
    assertEquals(List.of("java", "signals"), rows(database, "SELECT t.name FROM post_tags pt"
        + " JOIN tags t ON t.id = pt.tag_id ORDER BY t.name"));
  }

  /** Each fragment is in a line after the line of the fragment before it. */
  private static void assertInOrder(List<String> lines, String... fragments) {
    int from = 0;
    for (String fragment : fragments) {
      int found = -1;
      for (int i = from; i < lines.size() && found < 0; i++) {
        if (lines.get(i).contains(fragment)) {
          found = i;
        }
      }
      if (found < 0) {
        fail("No line after line " + from + " contains [" + fragment + "] in:\n"
            + String.join("\n", lines));
      }
      from = found + 1;
    }
  }

  private static long matching(List<String> lines, String regex) {
    Pattern pattern = Pattern.compile(regex);
    return lines.stream().filter(line -> pattern.matcher(line).find()).count();
  }

  private static long tagId(Database database, String name) throws SQLException {
    return Long.parseLong(rows(database, "SELECT id FROM tags WHERE name = '" + name + "'").get(0));
  }

  private static List<String> rows(Database database, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection()) {
      connection.setSchema(Database.SCHEMA);
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery(sql)) {
        while (result.next()) {
          rows.add(result.getString(1));
        }
      }
    }
    return rows;
  }
}
