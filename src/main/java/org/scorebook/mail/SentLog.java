package org.scorebook.mail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * Append-only record of what was delivered, one line per message: {@code key TAB time TAB
 * recipients}. Each line is written and forced to disk as soon as the server has accepted the
 * message, before the connection is closed and before the outbox copy is deleted, so a restart does
 * not send it again; only a process killed between the acceptance and that line sends the message
 * once more (with the same Message-ID).
 */
final class SentLog {
  static final String FILE = "sent.log";
  private final Path file;

  SentLog(Path folder) {
    this.file = folder.resolve(FILE);
  }

  synchronized boolean contains(String key) throws IOException {
    if (!Files.exists(file)) {
      return false;
    }
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.anyMatch(line -> line.startsWith(key + "\t"));
    }
  }

  synchronized void record(String key, Instant when, List<String> recipients) throws IOException {
    String line = key + "\t" + when + "\t" + String.join(",", recipients) + "\n";
    try (FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    }
  }
}
