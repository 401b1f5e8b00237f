package org.scorebook.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.Arrays;

/**
 * Starting GreenMail for tests. Its start waits until each server listens, but gives up after its
 * setup's startup timeout (2 s by default), which a busy machine exceeds. Setups made here wait
 * until the server is ready; the long limit only guards against a server that never starts.
 */
public final class MailServers {
  /** How long a start may take before the test fails: a guard against hanging, not a delay. */
  public static final Duration STARTUP_GUARD = Duration.ofMinutes(2);

  private MailServers() {}

  /** Copies of {@code setups} whose start waits for readiness up to {@link #STARTUP_GUARD}. */
  public static ServerSetup[] patient(ServerSetup... setups) {
    return Arrays.stream(setups)
        .map(ServerSetup::createCopy)
        .peek(s -> s.setServerStartupTimeout(STARTUP_GUARD.toMillis()))
        .toArray(ServerSetup[]::new);
  }

  /** A GreenMail on {@code setups}, started and listening. */
  public static GreenMail started(ServerSetup... setups) {
    GreenMail server = new GreenMail(patient(setups));
    server.start();
    return server;
  }
}
