package io.signals4j.httpserver;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The exchange's response body, which sends {@code request_finished} once closed: the server has
 * then written the end of the response to the connection.
 */
final class FinishingStream extends OutputStream {

  private final OutputStream body;
  private final InFlightExchange flight;

  FinishingStream(OutputStream body, InFlightExchange flight) {
    this.body = body;
    this.flight = flight;
  }

  @Override
  public void write(int b) throws IOException {
    body.write(b);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    body.write(bytes, offset, length);
  }

  @Override
  public void flush() throws IOException {
    body.flush();
  }

  /** Django sends {@code request_finished} from {@code close()} even when writing failed. */
  @Override
  public void close() throws IOException {
    try {
      body.close();
    } finally {
      flight.finish();
    }
  }
}
