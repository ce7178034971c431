package io.signals4j.hibernate;

import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;

/**
 * Placed after Hibernate's own persist, merge, flush and auto-flush listeners: the moments when a
 * session operation has finished and receivers may use the session freely, where the queued
 * signals go out. Hibernate calls persist and merge listeners again for each cascaded instance;
 * only the outermost call, back at cascade level 0, is a safe point.
 */
final class SafePointListener
    implements PersistEventListener, MergeEventListener, FlushEventListener, AutoFlushEventListener {

  private final Emitter emitter;

  SafePointListener(Emitter emitter) {
    this.emitter = emitter;
  }

  @Override
  public void onPersist(PersistEvent event) {
    emitter.safePoint(event.getSession());
  }

  @Override
  public void onPersist(PersistEvent event, PersistContext createdAlready) {
    emitter.safePoint(event.getSession());
  }

  @Override
  public void onMerge(MergeEvent event) {
    emitter.safePoint(event.getSession());
  }

  @Override
  public void onMerge(MergeEvent event, MergeContext copiedAlready) {
    emitter.safePoint(event.getSession());
  }

  @Override
  public void onFlush(FlushEvent event) {
    emitter.flushed(event.getSession());
  }

  @Override
  public void onAutoFlush(AutoFlushEvent event) {
    emitter.flushed(event.getSession());
  }
}
