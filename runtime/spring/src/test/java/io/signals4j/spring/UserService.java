package io.signals4j.spring;

import io.signals4j.Signal;
import io.signals4j.Signals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** An application service that writes a user and sends {@link UserSaved}, as users write one. */
class UserService {

  private final JdbcTemplate jdbc;
  private final Signal<UserSaved> userSaved;
  private final WelcomeMailer mailer;
  /** How many calls the mailer had when the last {@link #register} was about to return. */
  private volatile int callsBeforeReturn = -1;

  UserService(JdbcTemplate jdbc, Signals signals, WelcomeMailer mailer) {
    this.jdbc = jdbc;
    this.userSaved = signals.signal(UserSaved.class);
    this.mailer = mailer;
  }

  @Transactional
  public void register(String name) {
    save(name);
  }

  @Transactional
  public void registerAndFail(String name) {
    save(name);
    throw new IllegalStateException("payment declined for " + name);
  }

  /** The same work without a transaction: each statement commits as it runs. */
  public void registerWithoutTransaction(String name) {
    save(name);
  }

  int callsBeforeReturn() {
    return callsBeforeReturn;
  }

  private void save(String name) {
    jdbc.update("INSERT INTO users (name) VALUES (?)", name);
    userSaved.send(UserService.class, new UserSaved(name));
    callsBeforeReturn = mailer.calls().size();
  }
}
