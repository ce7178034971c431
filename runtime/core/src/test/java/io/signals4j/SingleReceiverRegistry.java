package io.signals4j;

import io.signals4j.Fixtures.Saved;
import io.signals4j.internal.GeneratedRegistry;
import io.signals4j.internal.InstanceSource;

/**
 * A hand-written registry with one instance receiver of {@link Saved} for any sender, written the
 * way the processor writes registries: subclasses choose the name, the receiver's phase and the
 * class whose constructor the registry calls.
 */
abstract class SingleReceiverRegistry implements GeneratedRegistry {

  private static final int[] NONE = {};

  private final String name;
  private final Phase phase;

  SingleReceiverRegistry(String name, Phase phase) {
    this.name = name;
    this.phase = phase;
  }

  /** Constructs the receiver's instance, as generated code does with {@code new}. */
  abstract Object newInstance();

  @Override
  public String name() {
    return name;
  }

  @Override
  public Class<?>[] signalTypes() {
    return new Class<?>[] {Saved.class};
  }

  @Override
  public int signalId(Class<?> signalType) {
    return signalType == Saved.class ? 0 : NO_SIGNAL;
  }

  @Override
  public int route(int signalId, Class<?> sender) {
    return 0;
  }

  @Override
  public int[] receivers(int route) {
    return new int[] {0};
  }

  @Override
  public int[] allReceivers(int signalId) {
    return new int[] {0};
  }

  @Override
  public int[] subclassReceivers(int signalId) {
    return NONE;
  }

  @Override
  public ReceiverInfo describe(int receiverId) {
    return ReceiverInfo.declared("Noter.note(Saved)", Saved.class, null, false, 0, null, phase, name);
  }

  @Override
  public Object[] createInstances(InstanceSource source) {
    return new Object[] {newInstance()};
  }

  @Override
  public Object invoke(int receiverId, Object[] instances, Class<?> sender, Object payload) {
    ((Saved) payload).note("noted by " + name);
    return null;
  }

  /** A receiver class whose constructor fails, as one that needs a missing resource might. */
  static final class Exploding {
    Exploding() {
      throw new IllegalStateException("no mail server configured");
    }
  }

  /** A registry whose receiver class cannot be constructed. */
  static final class WithExplodingReceiver extends SingleReceiverRegistry {
    WithExplodingReceiver() {
      super("com.acme.ExplodingSignals", Phase.DURING_SEND);
    }

    @Override
    Object newInstance() {
      return new Exploding();
    }
  }

  /** One of two registries that two modules generated under the same name. */
  static final class Namesake extends SingleReceiverRegistry {
    Namesake() {
      super("com.acme.SignalsRegistry", Phase.DURING_SEND);
    }

    @Override
    Object newInstance() {
      return new Object();
    }
  }

  /** The other one. */
  static final class OtherNamesake extends SingleReceiverRegistry {
    OtherNamesake() {
      super("com.acme.SignalsRegistry", Phase.DURING_SEND);
    }

    @Override
    Object newInstance() {
      return new Object();
    }
  }

  /** A registry whose receiver waits for the transaction of the send. */
  static final class AfterCommit extends SingleReceiverRegistry {
    AfterCommit() {
      super("com.acme.AfterCommitSignals", Phase.AFTER_COMMIT);
    }

    @Override
    Object newInstance() {
      return new Object();
    }
  }

  /** A registry that breaks its contract: its route names a receiver it does not list. */
  static final class Misrouted extends SingleReceiverRegistry {
    Misrouted() {
      super("com.acme.MisroutedSignals", Phase.DURING_SEND);
    }

    @Override
    Object newInstance() {
      return new Object();
    }

    @Override
    public int[] receivers(int route) {
      return new int[] {7};
    }
  }
}
