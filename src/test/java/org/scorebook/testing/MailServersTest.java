package org.scorebook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Test mail servers are used once they listen, however long a busy machine takes to start them. */
class MailServersTest {
  /** Stands for a machine busy enough that the server needs three seconds to listen. */
  private static final long SLOW_START_MILLIS = 3_000;

  @Test
  void aServerThatTakesLongerThanTwoSecondsToStartIsWaitedFor() throws Exception {
    ServerSetup smtp = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    GreenMail server = new SlowToStart(MailServers.patient(smtp));
    try {
      server.start();

      assertThat(server.isRunning()).isTrue();
      try (Socket client = new Socket(InetAddress.getLoopbackAddress(), smtp.getPort())) {
        assertThat(client.getInputStream().read()).as("the greeting").isEqualTo('2');
      }
    } finally {
      server.stop();
    }
  }

  /** GreenMail whose SMTP server opens its socket only after {@link #SLOW_START_MILLIS}. */
  private static final class SlowToStart extends GreenMail {
    SlowToStart(ServerSetup[] setups) {
      super(setups);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
      return Map.of(
          ServerSetup.PROTOCOL_SMTP,
          new SmtpServer(setups[0], managers) {
            @Override
            protected ServerSocket openServerSocket() throws IOException {
              try {
                Thread.sleep(SLOW_START_MILLIS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return super.openServerSocket();
            }
          });
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
