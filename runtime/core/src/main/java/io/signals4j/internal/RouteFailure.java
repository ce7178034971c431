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

  /** What {@link #receiverId()} answers for a payload that no receiver of the route was given. */
  public static final int NO_RECEIVER = -1;

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
   * Thrown by a route before its first receiver when the payload is not of the route's signal type
   * (through a raw or unchecked {@code Signal}) or is null; the runtime answers with the exception
   * that {@code send} gives for the same payload.
   *
   * @return a failure whose {@link #receiverId()} is {@link #NO_RECEIVER} and which has no cause
   */
  @UsedByGeneratedCode
  public static RouteFailure wrongPayload() {
    return new RouteFailure(NO_RECEIVER, null);
  }

  /**
   * The receiver that threw.
   *
   * @return its id in the registry whose {@link GeneratedRegistry#fire} threw this, or {@link
   *     #NO_RECEIVER} if the payload was refused
   */
  public int receiverId() {
    return receiverId;
  }

  /** The receiver's exception, or null if the payload was refused. */
  @Override
  public synchronized Exception getCause() {
    return (Exception) super.getCause();
  }
}
