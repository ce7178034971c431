package com.example;

import io.signals4j.Receiver;
import java.io.IOException;

public final class ModelReceivers {
  private ModelReceivers() {}

  @Receiver(signal = PostSave.class, sender = User.class)
  public static void createBillingProfile(PostSave<User> event) {}

  @Receiver(signal = PostSave.class, sender = User.class, includeSubclasses = true, order = -1)
  public static void audit(PostSave<? extends User> event, Class<? extends User> sender)
      throws IOException {}

  @Receiver(signal = PostSave.class, sender = Order.class, dispatchUid = "order-totals")
  @Receiver(signal = PostSave.class, sender = User.class, dispatchUid = "user-totals")
  public static int totals(PostSave<? extends Model> event) {
    return 1;
  }

  @Receiver(signal = PostSave.class)
  public static void log(PostSave<?> event, Class<?> sender) {}
}
