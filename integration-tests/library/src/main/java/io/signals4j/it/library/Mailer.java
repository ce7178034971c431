package io.signals4j.it.library;

import io.signals4j.Receiver;
import io.signals4j.Supplied;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A service the application supplies (from its container, say) when it installs the registry. */
@Supplied
public class Mailer {

  private final String from;

  /** A mailer sending from {@code from}. */
  public Mailer(String from) {
    this.from = from;
  }

  /** Mails the receipt; the response is the message sent. */
  @Receiver(signal = OrderPlaced.class)
  public String sendReceipt(OrderPlaced order) {
    String message = from + " -> " + order.email() + ": receipt for order " + order.orderId();
    Journal.write("mail: " + message);
    return message;
  }

  /** Sends a survey later: an asynchronous receiver whose stage {@code sendAsync} awaits. */
  @Receiver(signal = OrderPlaced.class, order = 100)
  public CompletionStage<String> scheduleSurvey(OrderPlaced order) {
    return CompletableFuture.supplyAsync(() -> "survey for order " + order.orderId());
  }
}
