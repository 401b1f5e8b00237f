package org.scorebook.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * A TCP relay to a local SMTP server that stops relaying at one point of its first conversation and
 * says when it got there, so that a test can kill the client at that very point.
 */
final class HoldingProxy implements AutoCloseable {
  /** Where the conversation stops. */
  enum Point {
    /** The server has taken the message; its reply ("250 …") is held from the client. */
    ACCEPTANCE,
    /** The client heard the server take the message and says goodbye; its QUIT is held. */
    GOODBYE
  }

  private static final String END_OF_DATA = "\r\n.\r\n";

  private final ServerSocket listening;
  private final int target;
  private final Point point;
  private final CountDownLatch reached = new CountDownLatch(1);
  private volatile boolean dataEnded;

  HoldingProxy(int target, Point point) throws IOException {
    this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.target = target;
    this.point = point;
    daemon(this::acceptOne);
  }

  int port() {
    return listening.getLocalPort();
  }

  /** Waits until the conversation is held at its point; false when it did not get there in time. */
  boolean awaitHeld(long seconds) throws InterruptedException {
    return reached.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
  }

  private void acceptOne() {
    try {
      Socket client = listening.accept();
      Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
      daemon(() -> clientToServer(client, server));
      daemon(() -> serverToClient(server, client));
    } catch (IOException e) {
      // closed before a client came
    }
  }

  private void clientToServer(Socket client, Socket server) {
    StringBuilder seen = new StringBuilder();
    relay(
        client,
        server,
        chunk -> {
          int from = seen.length();
          seen.append(new String(chunk, StandardCharsets.ISO_8859_1));
          int end = seen.indexOf(END_OF_DATA);
          if (end >= 0) {
            dataEnded = true;
          }
          int quit = end < 0 ? -1 : seen.indexOf("QUIT", end);
          if (point == Point.GOODBYE && quit >= 0) {
            reached.countDown();
            return Math.max(0, quit - from);
          }
          return chunk.length;
        });
  }

  private void serverToClient(Socket server, Socket client) {
    relay(
        server,
        client,
        chunk -> {
          if (point == Point.ACCEPTANCE && dataEnded) {
            reached.countDown();
            return 0;
          }
          return chunk.length;
        });
  }

  /** How many bytes of a chunk to pass on; fewer than all stops the relay in that direction. */
  @FunctionalInterface
  private interface Gate {
    int pass(byte[] chunk);
  }

  private static void relay(Socket from, Socket to, Gate gate) {
    byte[] buffer = new byte[8192];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int n; (n = in.read(buffer)) >= 0; ) {
        byte[] chunk = java.util.Arrays.copyOf(buffer, n);
        int passed = gate.pass(chunk);
        out.write(chunk, 0, passed);
        out.flush();
        if (passed < n) {
          in.transferTo(OutputStream.nullOutputStream()); // held: read on, pass nothing
          return;
        }
      }
    } catch (IOException e) {
      // one side closed
    }
  }

  private static void daemon(Runnable work) {
    Thread thread = new Thread(work, "holding-proxy");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    listening.close();
  }
}
