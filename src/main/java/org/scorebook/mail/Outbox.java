package org.scorebook.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.scorebook.files.SafeFiles;

/**
 * Messages waiting to be sent: {@code KEY.eml} (the message as it would go on the wire) and {@code
 * KEY.properties} (attempts, next try, last error). Retries back off from 1 minute, doubling, to 1
 * hour. Both files are written atomically; the sidecar is written after the message, so an entry
 * without a sidecar is due at once. Several processes may share one outbox: whoever sends an entry
 * first holds a lock on {@code KEY.lock} (the operating system drops it when the process dies), and
 * the others skip that entry.
 */
final class Outbox {
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration LAST_RETRY = Duration.ofHours(1);

  /** One waiting message. */
  record Entry(String key, Path eml, int attempts, Instant nextTry) {
    boolean dueAt(Instant now) {
      return !nextTry.isAfter(now);
    }
  }

  /**
   * The right to send one entry, until closed. Read the entry through {@link #entry()}: under the
   * lock, so a message another process sent meanwhile is seen as gone.
   */
  final class Claim implements AutoCloseable {
    private final String key;
    private final FileChannel channel;
    private final FileLock lock;

    private Claim(String key, FileChannel channel, FileLock lock) {
      this.key = key;
      this.channel = channel;
      this.lock = lock;
    }

    /** The entry as it is now; empty when its message is no longer waiting. */
    Optional<Entry> entry() throws IOException {
      Path eml = eml(key);
      return Files.exists(eml) ? Optional.of(Outbox.this.entry(eml)) : Optional.empty();
    }

    /** Releases the lock, and removes the lock file once there is nothing left to send. */
    @Override
    public void close() throws IOException {
      try {
        lock.release();
      } finally {
        channel.close();
      }
      if (!Files.exists(eml(key))) {
        Files.deleteIfExists(lockFile(key));
      }
    }
  }

  private final Path folder;

  Outbox(Path folder) throws IOException {
    this.folder = Files.createDirectories(folder);
  }

  Path folder() {
    return folder;
  }

  boolean holds(String key) {
    return Files.exists(eml(key));
  }

  /**
   * The entry for {@code key} to send, or empty when another process (or thread) is sending it now.
   */
  Optional<Claim> claim(String key) throws IOException {
    FileChannel channel =
        FileChannel.open(lockFile(key), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return Optional.of(new Claim(key, channel, lock));
      }
    } catch (OverlappingFileLockException e) {
      // held by another service in this process
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    channel.close();
    return Optional.empty();
  }

  /** Stores a new message, due at once (no sidecar: no attempt yet). */
  void queue(String key, MimeMessage message) throws IOException {
    Files.deleteIfExists(
        sidecar(key)); // a sidecar left without its message must not hold back this one
    SafeFiles.writeAtomically(
        eml(key),
        out -> {
          try {
            message.writeTo(out);
          } catch (MessagingException e) {
            throw new IOException(e);
          }
        });
  }

  List<Entry> entries() throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path eml :
          files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList()) {
        entries.add(entry(eml));
      }
    }
    return entries;
  }

  MimeMessage load(Session session, Entry entry) throws IOException, MessagingException {
    try (InputStream in = Files.newInputStream(entry.eml())) {
      return new StableIdMessage(session, in);
    }
  }

  void retryLater(Entry entry, Instant now, String error) throws IOException {
    int attempts = entry.attempts() + 1;
    writeSidecar(entry.key(), attempts, now.plus(backoff(attempts)), error);
  }

  void remove(Entry entry) throws IOException {
    Files.deleteIfExists(entry.eml());
    Files.deleteIfExists(sidecar(entry.key()));
  }

  /** 1, 2, 4 … minutes after the attempt-th failure, at most an hour. */
  static Duration backoff(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 6);
    Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
    return wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait;
  }

  private Entry entry(Path eml) throws IOException {
    String name = eml.getFileName().toString();
    String key = name.substring(0, name.length() - ".eml".length());
    Path sidecar = sidecar(key);
    if (!Files.exists(sidecar)) {
      return new Entry(key, eml, 0, Instant.EPOCH);
    }
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    try {
      return new Entry(
          key,
          eml,
          Integer.parseInt(p.getProperty("attempts", "0")),
          Instant.parse(p.getProperty("nextTry", Instant.EPOCH.toString())));
    } catch (RuntimeException e) {
      return new Entry(key, eml, 0, Instant.EPOCH);
    }
  }

  private void writeSidecar(String key, int attempts, Instant nextTry, String error)
      throws IOException {
    Properties p = new Properties();
    p.setProperty("attempts", Integer.toString(attempts));
    p.setProperty("nextTry", nextTry.toString());
    p.setProperty("lastError", String.valueOf(error));
    SafeFiles.writeAtomically(
        sidecar(key),
        out -> {
          var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          p.store(writer, "scorebook outbox entry");
          writer.flush();
        });
  }

  private Path eml(String key) {
    return folder.resolve(key + ".eml");
  }

  private Path lockFile(String key) {
    return folder.resolve(key + ".lock");
  }

  private Path sidecar(String key) {
    return folder.resolve(key + ".properties");
  }
}
