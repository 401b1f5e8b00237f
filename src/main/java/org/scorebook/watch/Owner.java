package org.scorebook.watch;

import java.net.InetAddress;
import java.util.Optional;
import java.util.UUID;

/**
 * Who holds a claim: the machine, the process id, and a tag for the watcher instance (two watchers
 * may run in one process). Written into claim names, so it must not contain {@code ~}.
 */
record Owner(String host, long pid, String tag) {
  private static final String LOCAL_HOST = localHost();

  static Owner fresh() {
    return new Owner(
        LOCAL_HOST, ProcessHandle.current().pid(), UUID.randomUUID().toString().substring(0, 8));
  }

  /** The owner a staging folder's name ({@code host~pid~tag}) records, or empty. */
  static Optional<Owner> parse(String prefix) {
    String[] parts = prefix.split(Claim.SEPARATOR, -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Owner(parts[0], Long.parseLong(parts[1]), parts[2]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A process on this machine that has exited: its claims can be taken over at once. */
  boolean isDeadHere() {
    if (!host.equals(LOCAL_HOST)) {
      return false; // another machine: only the claim timeout tells
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    return process.isEmpty() || !process.get().isAlive();
  }

  /** {@code host~pid~tag}: the start of each claim name. */
  String prefix() {
    return host + Claim.SEPARATOR + pid + Claim.SEPARATOR + tag;
  }

  private static String localHost() {
    String name =
        System.getenv().getOrDefault("COMPUTERNAME", ""); // Windows; no DNS look-up needed
    if (name.isBlank()) {
      try {
        name = InetAddress.getLocalHost().getHostName();
      } catch (Exception e) {
        name = "localhost";
      }
    }
    String clean = name.replaceAll("[^A-Za-z0-9.-]", "-");
    return clean.isEmpty() ? "localhost" : clean;
  }
}
