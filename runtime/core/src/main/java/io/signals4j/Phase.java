package io.signals4j;

/**
 * When a receiver runs relative to the transaction its signal was sent in: Django's {@code
 * transaction.on_commit}, declared once on the receiver instead of wrapped around its body.
 *
 * <pre>{@code
 * @Receiver(signal = PostSave.class, sender = User.class, phase = Phase.AFTER_COMMIT)
 * static void sendWelcomeMail(PostSave<User> saved) { mailer.welcome(saved.instance()); }
 * }</pre>
 *
 * <p>A send knows a transaction through the {@linkplain io.signals4j.spi.TransactionHook
 * transaction hooks} of its {@link Signals}, which integrations such as the Hibernate module
 * provide. A deferred receiver gets the payload and sender of the send, runs once on the thread
 * that completes the transaction, and is not among that send's responses. What it throws cannot
 * undo a commit: it is logged as a failed {@link Signal#sendRobust} receiver is, and the other
 * deferred receivers still run.
 */
public enum Phase {

  /** During the send, inside whatever transaction is open. The default, and Django's. */
  DURING_SEND,

  /**
   * After the transaction of the send commits. A send made outside any transaction runs it at
   * once, since there is nothing to wait for (as Jakarta CDI does; Spring's default of dropping
   * such events silently is a known trap).
   */
  AFTER_COMMIT,

  /**
   * After the transaction of the send rolls back: for compensating work. A send made outside any
   * transaction never runs it, since nothing can roll back.
   */
  AFTER_ROLLBACK
}
