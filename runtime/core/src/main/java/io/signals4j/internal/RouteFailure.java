package io.signals4j.internal;

/**
 * Thrown by {@link GeneratedRegistry#fire} when a receiver of the route throws: carries which one, so
 * that the runtime can report it in a {@link io.signals4j.ReceiverException} with its name, the signal and the
 * sender. Never reaches applications.
 *
 * <p>It records no stack trace: it is a carrier for the receiver's exception, whose own trace is
 * the one that matters, and it is thrown on the path of every failing fire.
 */
@UsedByGeneratedCode
public final class RouteFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The id, in the generated registry, of the receiver that threw. */
  private final int receiverId;

  /**
   * Wraps what a receiver of a route threw, without a stack trace of its own.
   *
   * @param receiverId the receiver that threw
   * @param cause what it threw
   */
  @UsedByGeneratedCode
  public RouteFailure(int receiverId, Exception cause) {
    super(null, cause, false, false);
    this.receiverId = receiverId;
  }

  /**
   * The receiver that threw.
   *
   * @return its id in the registry whose {@link GeneratedRegistry#fire} threw this
   */
  public int receiverId() {
    return receiverId;
  }

  /** The receiver's exception. */
  @Override
  public synchronized Exception getCause() {
    return (Exception) super.getCause();
  }
}
