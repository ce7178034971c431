package io.signals4j;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Silence that lasts until {@link #close()}: what {@link Signals#mute}, {@link Signals#muteAll()}
 * and {@link Signal#mute} return.
 *
 * <pre>{@code
 * try (Muting quiet = signals.mute(PostSave.class)) {
 *   importer.loadFixtures();   // no PostSave receiver runs
 * }
 * }</pre>
 *
 * <p>Or, where the muting needs no name (and {@code -Xlint:try} would warn about an unused one):
 *
 * <pre>{@code
 * signals.mute(PostSave.class).during(importer::loadFixtures);
 * }</pre>
 *
 * <p>Mutes nest and may overlap from several threads: each one counts once, and a signal or sender
 * speaks again when the last muting that covers it is closed. Receivers connected or disconnected
 * meanwhile stay so; closing restores only what the muting itself silenced.
 */
public final class Muting implements AutoCloseable {

  private final Runnable undo;
  private final AtomicBoolean open = new AtomicBoolean(true);

  Muting(Runnable undo) {
    this.undo = undo;
  }

  /**
   * Runs {@code work} and then ends this muting, also when {@code work} throws.
   *
   * @param work what runs while the signals stay muted; what it throws propagates after the
   *     muting has ended
   */
  public void during(Runnable work) {
    try {
      work.run();
    } finally {
      close();
    }
  }

  /** Ends this muting. Closing it again does nothing. */
  @Override
  public void close() {
    if (open.compareAndSet(true, false)) {
      undo.run();
    }
  }
}
