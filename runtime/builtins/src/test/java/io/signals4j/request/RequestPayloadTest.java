package io.signals4j.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestPayloadTest {

  private final StringBuilder nativeRequest = new StringBuilder("native");

  @Test
  void typedRequestAccessorReturnsTheServersObject() {
    RequestStarted started = new RequestStarted("GET", "/a", null, nativeRequest);

    assertSame(nativeRequest, started.request(StringBuilder.class));
    assertSame(nativeRequest, started.request(CharSequence.class));
  }

  @Test
  void typedRequestAccessorNamesBothTypesWhenTheServerDiffers() {
    RequestFinished finished =
        new RequestFinished("GET", "/a", "q=1", 200, Duration.ofMillis(3), nativeRequest);

    ClassCastException wrong = assertThrows(ClassCastException.class, () -> finished.request(List.class));

    assertTrue(wrong.getMessage().contains("RequestFinished"), wrong.getMessage());
    assertTrue(wrong.getMessage().contains(StringBuilder.class.getName()), wrong.getMessage());
    assertTrue(wrong.getMessage().contains(List.class.getName()), wrong.getMessage());
  }

  @Test
  void queryIsTheOnlyOptionalComponent() {
    RequestStarted started = new RequestStarted("GET", "/a", null, nativeRequest);
    assertNull(started.query());

    assertThrows(NullPointerException.class, () -> new RequestStarted(null, "/a", null, nativeRequest));
    assertThrows(NullPointerException.class, () -> new RequestStarted("GET", null, null, nativeRequest));
    assertThrows(NullPointerException.class, () -> new RequestStarted("GET", "/a", null, null));
    assertThrows(
        NullPointerException.class,
        () -> new GotRequestException("GET", "/a", null, null, nativeRequest));
    assertThrows(
        NullPointerException.class,
        () -> new RequestFinished("GET", "/a", null, 200, null, nativeRequest));
  }

  @Test
  void negativeDurationIsRejected() {
    IllegalArgumentException negative = assertThrows(
        IllegalArgumentException.class,
        () -> new RequestFinished("GET", "/a", null, 200, Duration.ofNanos(-1), nativeRequest));

    assertTrue(negative.getMessage().contains("RequestFinished"), negative.getMessage());
  }

  @Test
  void exceptionIsCarriedAsThrown() {
    IllegalStateException thrown = new IllegalStateException("view failed");

    GotRequestException got = new GotRequestException("POST", "/b", "x", thrown, nativeRequest);

    assertSame(thrown, got.exception());
    assertEquals("POST", got.method());
  }
}
