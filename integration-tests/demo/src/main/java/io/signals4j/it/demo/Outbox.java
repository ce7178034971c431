package io.signals4j.it.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the demo's mail goes instead of an SMTP server: Django's {@code locmem} e-mail backend,
 * whose {@code mail.outbox} tests read.
 */
public final class Outbox {

  /**
   * One message sent.
   *
   * @param to the recipient's address
   * @param subject the subject line
   */
  public record Mail(String to, String subject) {}

  private final List<Mail> sent = new ArrayList<>();

  /**
   * Sends a message.
   *
   * @param to the recipient's address
   * @param subject the subject line
   */
  public synchronized void send(String to, String subject) {
    sent.add(new Mail(to, subject));
  }

  /**
   * The messages sent to {@code to}.
   *
   * @param to an address
   * @return how many
   */
  public synchronized long sentTo(String to) {
    return sent.stream().filter(mail -> mail.to().equals(to)).count();
  }

  /**
   * Every message sent so far.
   *
   * @return a copy, in sending order
   */
  public synchronized List<Mail> sent() {
    return List.copyOf(sent);
  }
}
