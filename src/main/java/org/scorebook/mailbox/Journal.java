package org.scorebook.mailbox;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.scorebook.files.SafeFiles;

/**
 * What this machine has done with each message of the mailbox, on disk, shared by every Scorebook
 * watching the same folder. A message is known by its key (the folder, UIDVALIDITY and UID) and,
 * once taken, by its Message-ID, so a copy of it under another UID is not answered again.
 *
 * <ul>
 *   <li>{@code KEY.properties}: the entry, written atomically before anything is saved or queued.
 *   <li>{@code KEY.lock}: held (a file lock, dropped by the operating system when the process dies)
 *       while one process works on the message; the others skip it.
 *   <li>{@code KEY/N}: attachment N, downloaded whole before it is moved into the mail inbox.
 *   <li>{@code KEY.answered-N}: the answer about attachment N (0: the note) is in the outbox.
 *   <li>{@code names/NAME}: which message and attachment a file in the mail inbox came from.
 *   <li>{@code ids/HASH}: the key that took a Message-ID.
 * </ul>
 *
 * <p>{@link #prune} removes what a message no longer needs {@link #KEEP_DONE} after it was moved
 * away: its entry, answered markers, lock, leftover downloads and name reservations. A message
 * moved away is never seen again under its key (IMAP does not give a UID twice in one UIDVALIDITY),
 * so its entry guards nothing. Its Message-ID marker stays: as long as the server can show the
 * message (in 已处理, or dragged back to the inbox, or in a rebuilt folder under a new UID) the marker
 * is what keeps it from being answered again.
 */
final class Journal {
  /** How long what is kept of a message moved away ({@link State#DONE}) stays before pruning. */
  static final Duration KEEP_DONE = Duration.ofDays(30);

  /** How far a message has come. */
  enum State {
    /** Taken: who answers, which attachments, under which names. Nothing saved yet. */
    RECEIVED,
    /** Every accepted attachment downloaded whole into {@code KEY/}. */
    SAVED,
    /** The attachments are in the mail inbox and the note, if any, is queued. */
    RELEASED,
    /** Moved to its folder on the server. */
    DONE
  }

  /**
   * One message.
   *
   * @param target the server folder it goes to when every answer is queued
   * @param names the names its workbooks have in the mail inbox, attachment 1 first
   * @param parts where each workbook is in the message ({@code 2}, {@code 2.1} …)
   * @param note the text of the short note to send, empty for none
   */
  record Entry(
      String key,
      State state,
      String target,
      String from,
      String subject,
      Optional<String> messageId,
      List<String> replyTo,
      List<String> references,
      List<String> names,
      List<String> parts,
      String note) {
    Entry {
      replyTo = List.copyOf(replyTo);
      references = List.copyOf(references);
      names = List.copyOf(names);
      parts = List.copyOf(parts);
    }

    Entry in(State next) {
      return new Entry(
          key, next, target, from, subject, messageId, replyTo, references, names, parts, note);
    }
  }

  /** A file of the mail inbox traced back to its message. */
  record Origin(String key, int attachment) {}

  private final Path folder;

  Journal(Path folder) throws IOException {
    this.folder = Files.createDirectories(folder);
    Files.createDirectories(folder.resolve("names"));
    Files.createDirectories(folder.resolve("ids"));
  }

  /** The right to work on one message, until closed. */
  interface Lock extends AutoCloseable {
    @Override
    void close() throws IOException;
  }

  /** The lock on one message, or empty when another process (or instance) works on it now. */
  Optional<Lock> lock(String key) throws IOException {
    FileChannel channel =
        FileChannel.open(
            folder.resolve(key + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return Optional.of(channel::close);
      }
    } catch (OverlappingFileLockException e) {
      // held by another instance in this process
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    channel.close();
    return Optional.empty();
  }

  Optional<Entry> read(String key) throws IOException {
    Path file = entryFile(key);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return Optional.of(
        new Entry(
            key,
            State.valueOf(p.getProperty("state")),
            p.getProperty("target"),
            p.getProperty("from", ""),
            p.getProperty("subject", ""),
            Optional.ofNullable(p.getProperty("messageId")),
            list(p, "replyTo"),
            list(p, "references"),
            list(p, "names"),
            list(p, "parts"),
            p.getProperty("note", "")));
  }

  /** Writes {@code entry} atomically and forced to disk; returns it. */
  Entry write(Entry entry) throws IOException {
    Properties p = new Properties();
    p.setProperty("state", entry.state().name());
    p.setProperty("target", entry.target());
    p.setProperty("from", entry.from());
    p.setProperty("subject", entry.subject());
    entry.messageId().ifPresent(id -> p.setProperty("messageId", id));
    p.setProperty("replyTo", String.join("\n", entry.replyTo()));
    p.setProperty("references", String.join("\n", entry.references()));
    p.setProperty("names", String.join("\n", entry.names()));
    p.setProperty("parts", String.join("\n", entry.parts()));
    p.setProperty("note", entry.note());
    SafeFiles.writeAtomically(
        entryFile(entry.key()),
        out -> {
          var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          p.store(writer, "scorebook mailbox journal");
          writer.flush();
        });
    return entry;
  }

  /**
   * Claims a Message-ID for {@code key}; false when another key took it first (the same message
   * under another UID: a copy, or the folder was rebuilt).
   */
  boolean claimMessageId(String messageId, String key) throws IOException {
    Path marker = folder.resolve("ids").resolve(sha256(messageId.trim()));
    try {
      Files.writeString(marker, key, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      return true;
    } catch (FileAlreadyExistsException e) {
      return Files.readString(marker).trim().equals(key);
    }
  }

  /**
   * Reserves a name in the mail inbox for attachment {@code attachment} of {@code key}: {@code
   * wanted}, or {@code wanted (2)} … when a message not yet answered holds it or {@code used} says
   * a file has it.
   */
  String reserveName(String wanted, String key, int attachment, Predicate<String> used)
      throws IOException {
    String extension = wanted.substring(wanted.lastIndexOf('.'));
    String stem = wanted.substring(0, wanted.length() - extension.length());
    for (int n = 1; ; n++) {
      String candidate = n == 1 ? wanted : stem + " (" + n + ")" + extension;
      if (used.test(candidate)) {
        continue;
      }
      Path reservation = nameFile(candidate);
      try {
        Files.writeString(
            reservation,
            key + "\t" + attachment,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        return candidate;
      } catch (FileAlreadyExistsException e) {
        if (Files.readString(reservation, StandardCharsets.UTF_8).equals(key + "\t" + attachment)) {
          return candidate; // reserved by an earlier try for this very attachment
        }
      }
    }
  }

  /** The message a file of the mail inbox came from; empty for a file put there by hand. */
  Optional<Origin> origin(String name) throws IOException {
    try {
      String[] parts = Files.readString(nameFile(name), StandardCharsets.UTF_8).split("\t");
      return Optional.of(new Origin(parts[0], Integer.parseInt(parts[1])));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The file is finished (committed): its name may be used by a later message. */
  void releaseName(String name) throws IOException {
    Files.deleteIfExists(nameFile(name));
  }

  /** Where attachment {@code n} of {@code key} waits, downloaded, before it goes to the inbox. */
  Path download(String key, int n) throws IOException {
    return Files.createDirectories(folder.resolve(key)).resolve(Integer.toString(n));
  }

  /** Removes the emptied download folder of a released message. */
  void removeDownloads(String key) throws IOException {
    Path downloads = folder.resolve(key);
    if (Files.isDirectory(downloads)) {
      try (var left = Files.list(downloads)) {
        for (Path file : left.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(downloads);
    }
  }

  boolean answered(String key, int attachment) {
    return Files.exists(answeredFile(key, attachment));
  }

  /** The answer about {@code attachment} is queued: never queue it again. */
  void markAnswered(String key, int attachment) throws IOException {
    SafeFiles.writeAtomically(answeredFile(key, attachment), out -> {});
  }

  /** Whether every answer a released message needs is queued. */
  boolean allAnswered(Entry entry) {
    if (!entry.note().isEmpty() && !answered(entry.key(), 0)) {
      return false;
    }
    for (int n = 1; n <= entry.names().size(); n++) {
      if (!answered(entry.key(), n)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Removes what is kept of each message that was moved away ({@link State#DONE}) before {@code
   * movedBefore}, except its Message-ID marker; a message another process holds is left for later.
   * The entry file goes last, so a prune cut short is finished by the next one.
   *
   * @return how many messages were pruned
   */
  int prune(Instant movedBefore) throws IOException {
    Set<String> pruned = new HashSet<>();
    for (String key : doneBefore(movedBefore)) {
      Optional<Lock> lock = lock(key);
      if (lock.isEmpty()) {
        continue;
      }
      try (Lock held = lock.get()) {
        deleteAnswered(key);
        removeDownloads(key);
        Files.deleteIfExists(entryFile(key));
      }
      Files.deleteIfExists(folder.resolve(key + ".lock"));
      pruned.add(key);
    }
    releaseNamesOf(pruned);
    return pruned.size();
  }

  /** The keys of messages moved away whose entry was last written before {@code time}. */
  private List<String> doneBefore(Instant time) throws IOException {
    List<String> keys = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        String name = file.getFileName().toString();
        String key = name.substring(0, name.length() - ".properties".length());
        if (isDoneBefore(file, key, time)) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  private boolean isDoneBefore(Path file, String key, Instant time) {
    try {
      return Files.getLastModifiedTime(file).toInstant().isBefore(time)
          && read(key).map(e -> e.state() == State.DONE).orElse(false);
    } catch (IOException | RuntimeException e) {
      return false; // gone meanwhile, or unreadable: leave it
    }
  }

  private void deleteAnswered(String key) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith(key + ".answered-")).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Name reservations left by a process that died before freeing them. */
  private void releaseNamesOf(Set<String> keys) throws IOException {
    if (keys.isEmpty()) {
      return;
    }
    try (Stream<Path> files = Files.list(folder.resolve("names"))) {
      for (Path file : files.toList()) {
        String owner = Files.readString(file, StandardCharsets.UTF_8).split("\t")[0];
        if (keys.contains(owner)) {
          Files.deleteIfExists(file);
        }
      }
    } catch (NoSuchFileException e) {
      // freed meanwhile
    }
  }

  private Path entryFile(String key) {
    return folder.resolve(key + ".properties");
  }

  private Path answeredFile(String key, int attachment) {
    return folder.resolve(key + ".answered-" + attachment);
  }

  private Path nameFile(String name) {
    return folder.resolve("names").resolve(name.toLowerCase(Locale.ROOT));
  }

  private static List<String> list(Properties p, String name) {
    String value = p.getProperty(name, "");
    return value.isEmpty() ? List.of() : List.of(value.split("\n"));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
