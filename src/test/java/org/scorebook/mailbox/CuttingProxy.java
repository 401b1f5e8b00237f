package org.scorebook.mailbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay to a local server that drops its first connection once the server has sent {@code
 * cutAfter} bytes through it, as a server or a network does mid-transfer; later connections pass.
 */
final class CuttingProxy implements AutoCloseable {
  private final ServerSocket listening;
  private final int target;
  private final long cutAfter;
  private final AtomicInteger connections = new AtomicInteger();
  final AtomicInteger cuts = new AtomicInteger();

  CuttingProxy(int target, long cutAfter) throws IOException {
    this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.target = target;
    this.cutAfter = cutAfter;
    Thread acceptor = new Thread(this::accept, "cutting-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listening.getLocalPort();
  }

  private void accept() {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
        boolean cutThis = connections.getAndIncrement() == 0;
        pump(client.getInputStream(), server.getOutputStream(), Long.MAX_VALUE, client, server);
        pump(
            server.getInputStream(),
            client.getOutputStream(),
            cutThis ? cutAfter : Long.MAX_VALUE,
            client,
            server);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pump(InputStream in, OutputStream out, long limit, Socket a, Socket b) {
    Thread thread =
        new Thread(
            () -> {
              long sent = 0;
              byte[] buffer = new byte[4096];
              try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  int allowed = (int) Math.min(n, limit - sent);
                  out.write(buffer, 0, allowed);
                  out.flush();
                  sent += allowed;
                  if (sent >= limit) {
                    cuts.incrementAndGet();
                    break;
                  }
                }
              } catch (IOException e) {
                // the other side closed
              }
              closeQuietly(a);
              closeQuietly(b);
            },
            "cutting-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  @Override
  public void close() throws IOException {
    listening.close();
  }
}
