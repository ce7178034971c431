package io.signals4j.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.signals4j.Signals;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Receivers declared with {@code @Receiver}, compiled by the processor, hear a real server. */
class DeclaredReceiversTest {

  @Test
  void declaredReceiversHearTheFilterAsTheirSender() throws Exception {
    Signals signals = Signals.ready(AccessLogSignals.REGISTRY);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/fails", exchange -> {
      throw new IllegalStateException("no");
    }).getFilters().add(new HttpServerSignalsFilter(signals));
    server.start();
    try {
      HttpResponse<Void> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fails"))
              .timeout(Duration.ofSeconds(5))
              .build(),
          HttpResponse.BodyHandlers.discarding());

      assertEquals(500, response.statusCode());
    } finally {
      server.stop(0);
    }

    // The client has its 500 once the filter has sent everything but request_finished.
    for (int wait = 0; wait < 100 && AccessLog.LINES.size() < 3; wait++) {
      Thread.sleep(50);
    }
    assertEquals(
        List.of(
            "started GET /fails",
            "failed /fails no from HttpServerSignalsFilter",
            "finished /fails 500"),
        AccessLog.LINES);
  }
}
