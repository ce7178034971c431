package io.signals4j.spring;

import io.signals4j.Receiver;
import io.signals4j.Supplied;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A receiver class whose instance the application supplies, as a bean with a dependency of its
 * own: it checks, from a connection of its own, whether the user it is told about is committed.
 *
 * <p>{@link #audit} is declared, and runs during the send. {@link #welcome} and {@link #apologize}
 * are connected at run time with their phase by {@link ShopConfiguration}, which keeps these tests
 * independent of the processor's support for declared phases.
 */
@Supplied
class WelcomeMailer {

  /**
   * What one call of a receiver saw: whether the user was committed, and whether a transaction
   * was open that a send could wait for (Spring clears its synchronization before it calls {@code
   * afterCompletion}, though it still reports the finished transaction active).
   */
  record Call(String receiver, String user, boolean committed, boolean transactionOpen) {}

  private final DataSource database;
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  WelcomeMailer(DataSource database) {
    this.database = database;
  }

  @Receiver(signal = UserSaved.class, sender = UserService.class)
  void audit(UserSaved saved) throws SQLException {
    calls.add(new Call("audit", saved.name(), committed(saved.name()), transactionOpen()));
  }

  void welcome(UserSaved saved) throws SQLException {
    calls.add(new Call("welcome", saved.name(), committed(saved.name()), transactionOpen()));
  }

  void apologize(UserSaved saved) throws SQLException {
    calls.add(new Call("apologize", saved.name(), committed(saved.name()), transactionOpen()));
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  /** The calls about one user, for tests that share this bean through a cached context. */
  List<Call> callsAbout(String user) {
    return calls.stream().filter(call -> call.user().equals(user)).toList();
  }

  private static boolean transactionOpen() {
    return TransactionSynchronizationManager.isSynchronizationActive()
        && TransactionSynchronizationManager.isActualTransactionActive();
  }

  /** Whether another connection sees the user: only a committed row is visible there. */
  private boolean committed(String name) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement("SELECT 1 FROM users WHERE name = ?")) {
      query.setString(1, name);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }
}
