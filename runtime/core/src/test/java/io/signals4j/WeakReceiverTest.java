package io.signals4j;

import static io.signals4j.Fixtures.infoNames;
import static io.signals4j.Fixtures.noting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signals4j.Fixtures.Saved;
import io.signals4j.Fixtures.User;
import java.lang.ref.WeakReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Signal#connectWeak}: receivers that live as long as their owner, with real collections. */
class WeakReceiverTest {

  private final Signal<Saved> saved = Signals.ready().signal(Saved.class);

  /** An owner whose method is connected as a weak receiver. */
  static final class Screen {
    private final String name;

    Screen(String name) {
      this.name = name;
    }

    void refresh(Saved payload, Class<?> sender) {
      payload.note("refresh " + name);
    }
  }

  /**
   * Runs the garbage collector until {@code ref} is cleared, a bounded number of times. Failing
   * here means something still holds the referent strongly.
   */
  private static void collect(WeakReference<?> ref) {
    for (int i = 0; i < 50 && ref.get() != null; i++) {
      System.gc();
      byte[] nudge = new byte[1024];
      nudge[0] = 1;
    }
    assertNull(ref.get(), "the owner is still reachable after 50 collections");
  }

  /** Connects a weak receiver whose owner only the signal can reach, after one send to it. */
  private WeakReference<Screen> connectUnreachableScreen(Connect options) {
    Screen screen = new Screen("gone");
    assertTrue(saved.connectWeak(screen, Screen::refresh, options).isNew());
    Saved payload = new Saved();
    saved.send(User.class, payload);
    assertEquals(List.of("refresh gone"), payload.log(), "alive, it is called");
    return new WeakReference<>(screen);
  }

  @Test
  void weakReceiverIsCalledWithItsOwnerWhileTheOwnerLives() {
    Screen screen = new Screen("main");
    Object[] seen = new Object[1];
    saved.connectWeak(screen, (owner, payload, sender) -> seen[0] = owner);
    saved.connectWeak(screen, Screen::refresh);
    Saved payload = new Saved();

    saved.send(User.class, payload);

    assertSame(screen, seen[0]);
    assertEquals(List.of("refresh main"), payload.log());
  }

  @Test
  void twoOwnersWithTheSameMethodReferenceAreTwoEntries() {
    WeakReceiver<Screen, Saved> refresh = Screen::refresh;
    Screen left = new Screen("left");
    Screen right = new Screen("right");

    assertTrue(saved.connectWeak(left, refresh).isNew());
    assertTrue(saved.connectWeak(right, refresh).isNew());
    assertFalse(saved.connectWeak(left, refresh).isNew(), "the same owner and receiver again is a no-op");

    Saved payload = new Saved();
    saved.send(User.class, payload);
    assertEquals(List.of("refresh left", "refresh right"), payload.log());
  }

  @Test
  void weakReceiverIsListedAsWeak() {
    Screen screen = new Screen("main");
    saved.connectWeak(screen, Screen::refresh, Connect.anySender().named("screen"));
    saved.connect(noting("strong"), Connect.anySender().named("strong"));

    List<ReceiverInfo> receivers = saved.receivers();

    assertEquals(List.of("screen", "strong"), infoNames(receivers));
    assertTrue(receivers.get(0).weak());
    assertFalse(receivers.get(1).weak());
  }

  @Test
  void disconnectWeakRemovesTheEntryOfThatOwner() {
    WeakReceiver<Screen, Saved> refresh = Screen::refresh;
    Screen left = new Screen("left");
    Screen right = new Screen("right");
    saved.connectWeak(left, refresh);
    saved.connectWeak(right, refresh);

    assertTrue(saved.disconnectWeak(left, refresh, Connect.anySender()));
    assertFalse(saved.disconnectWeak(left, refresh, Connect.anySender()));

    Saved payload = new Saved();
    saved.send(User.class, payload);
    assertEquals(List.of("refresh right"), payload.log());
  }

  @Test
  void weakReceiverIsDroppedOnceItsOwnerIsCollected() {
    saved.connect(noting("strong"), Connect.sender(Fixtures.Order.class));
    WeakReference<Screen> owner = connectUnreachableScreen(Connect.sender(User.class));
    assertTrue(saved.hasListeners(User.class));

    collect(owner);

    Saved payload = new Saved();
    List<Response> responses = saved.send(User.class, payload);
    assertEquals(List.of(), payload.log(), "not called");
    assertEquals(List.of(), responses, "no response for a receiver that is gone");
    assertFalse(saved.hasListeners(User.class));
    assertEquals(List.of(), saved.receivers(User.class));
    assertTrue(saved.receivers().stream().noneMatch(ReceiverInfo::weak), "no longer listed");
    assertEquals(1, saved.receivers().size());
  }

  @Test
  void signalDoesNotKeepTheOwnerOfAnAnySenderWeakReceiverAlive() {
    WeakReference<Screen> owner = connectUnreachableScreen(Connect.anySender());
    saved.hasListeners(null);
    saved.receivers();

    collect(owner);

    assertFalse(saved.hasListeners(null));
    assertEquals(List.of(), saved.receivers());
  }

  @Test
  void collectedWeakReceiverFreesItsDispatchUid() {
    WeakReference<Screen> owner = connectUnreachableScreen(Connect.sender(User.class).dispatchUid("screen"));
    collect(owner);
    saved.receivers();

    assertTrue(saved.connect(noting("successor"), Connect.sender(User.class).dispatchUid("screen")).isNew());

    Saved payload = new Saved();
    saved.send(User.class, payload);
    assertEquals(List.of("successor"), payload.log());
  }

  @Test
  void collectedWeakReceiverCannotBeDisconnectedAnyMore() {
    WeakReference<Screen> owner = connectUnreachableScreen(Connect.sender(User.class).dispatchUid("screen"));
    collect(owner);

    assertFalse(saved.disconnect(Connect.sender(User.class).dispatchUid("screen")));
  }
}
