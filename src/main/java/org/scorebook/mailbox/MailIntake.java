package org.scorebook.mailbox;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.scorebook.files.SafeFiles;
import org.scorebook.mail.ImapSettings;
import org.scorebook.mail.MailService;
import org.scorebook.mail.Reply;
import org.scorebook.mailbox.Journal.Entry;
import org.scorebook.mailbox.Journal.State;
import org.scorebook.model.Text;
import org.scorebook.watch.DropFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes messages from the mailbox into the mail inbox. For each message, under its journal lock:
 * the entry is written (who answers, which attachments, their names) before anything is saved or
 * queued; the accepted workbooks are downloaded whole; they are moved into the mail inbox and the
 * note, if any, is queued; once every answer is queued the message is moved to 已处理 (or 未授权). Any
 * step can be cut off (a crash, the server dropping the connection) and is simply done again on the
 * next poll, by this process or another.
 */
final class MailIntake implements AutoCloseable {
  static final String DONE_FOLDER = "已处理";
  static final String REFUSED_FOLDER = "未授权";

  /** Workbooks taken from one message; more are answered with a note. */
  static final int MAX_WORKBOOKS = 10;

  /** The largest workbook taken from mail, decoded. */
  static final long MAX_BYTES = 20L * 1024 * 1024;

  /** The largest part on the wire: base64 with line breaks is 78 characters per 57 bytes. */
  static final long MAX_WIRE_BYTES = MAX_BYTES * 78 / 57 + 64 * 1024;

  /** How often the journal is pruned (see {@link Journal#prune}). */
  static final Duration PRUNE_EVERY = Duration.ofHours(1);

  private static final Logger LOG = LoggerFactory.getLogger(MailIntake.class);

  private final ImapSettings settings;
  private final Journal journal;
  private final DropFolder mailFolder;
  private final MailService mailer;
  private final Console console;
  private Mailbox mailbox;
  private Instant lastPrune;

  /** What the operator's console is told. */
  interface Console {
    void line(String text);
  }

  MailIntake(
      ImapSettings settings,
      Journal journal,
      DropFolder mailFolder,
      MailService mailer,
      Console console) {
    this.settings = settings;
    this.journal = journal;
    this.mailFolder = mailFolder;
    this.mailer = mailer;
    this.console = console;
  }

  /**
   * One look at the mailbox: new messages are taken and their workbooks put in the mail inbox,
   * {@code process} scores what is there, and messages answered in full are moved away.
   */
  void poll(Runnable process) {
    boolean connected = pass();
    process.run();
    if (connected) {
      pass();
    }
  }

  /** Each message once; false when the mailbox could not be reached. */
  private boolean pass() {
    try {
      Mailbox box = connected();
      long uidValidity = box.uidValidity();
      for (Message message : box.messages()) {
        try {
          take(box, message, uidValidity);
        } catch (MessageRemovedException e) {
          LOG.debug("message gone meanwhile (another process moved it)");
        } catch (IOException e) {
          LOG.warn("cannot take a message now; trying again on the next poll", e);
        } catch (MessagingException e) {
          if (!box.isOpen()) {
            throw e; // the connection is gone: reconnect on the next poll
          }
          LOG.warn("cannot read a message; it stays in {} and is tried again", box.folderName(), e);
        }
      }
      pruneNowAndThen();
      return true;
    } catch (MessagingException | RuntimeException e) {
      LOG.warn("mailbox {} not read now: {}", settings.host(), e.toString());
      disconnect();
      return false;
    }
  }

  /** Prunes the journal on the first pass and then at most every {@link #PRUNE_EVERY}. */
  private void pruneNowAndThen() {
    Instant now = Instant.now();
    if (lastPrune != null && now.isBefore(lastPrune.plus(PRUNE_EVERY))) {
      return;
    }
    lastPrune = now;
    try {
      int pruned = journal.prune(now.minus(Journal.KEEP_DONE));
      if (pruned > 0) {
        LOG.info(
            "mailbox journal: {} messages moved away over {} ago pruned",
            pruned,
            Journal.KEEP_DONE);
      }
    } catch (IOException e) {
      LOG.warn("cannot prune the mailbox journal now", e);
    }
  }

  private Mailbox connected() throws MessagingException {
    if (mailbox != null && !mailbox.isOpen()) {
      disconnect();
    }
    if (mailbox == null) {
      mailbox = Mailbox.open(settings);
      LOG.info("connected to {} folder {}", settings.host(), mailbox.folderName());
    }
    return mailbox;
  }

  private void disconnect() {
    if (mailbox != null) {
      mailbox.close();
      mailbox = null;
    }
  }

  @Override
  public void close() {
    disconnect();
  }

  private String keyOf(long uidValidity, long uid) {
    return Journal.sha256(settings.host() + "\n" + settings.user() + "\n" + settings.folder())
            .substring(0, 8)
        + "-"
        + uidValidity
        + "-"
        + uid;
  }

  private void take(Mailbox box, Message message, long uidValidity)
      throws MessagingException, IOException {
    String key = keyOf(uidValidity, box.uid(message));
    Optional<Entry> known = journal.read(key);
    if (known.isPresent()
        && known.get().state() == State.RELEASED
        && !journal.allAnswered(known.get())) {
      return; // its workbooks are being scored
    }
    Optional<Journal.Lock> lock = journal.lock(key);
    if (lock.isEmpty()) {
      return; // another process works on it
    }
    try (Journal.Lock held = lock.get()) {
      Entry entry = journal.read(key).orElse(null);
      if (entry == null) {
        entry = receive(message, key);
      }
      if (entry.state() == State.RECEIVED) {
        download(message, entry);
        entry = journal.write(entry.in(State.SAVED));
      }
      if (entry.state() == State.SAVED) {
        release(entry);
        entry = journal.write(entry.in(State.RELEASED));
      }
      if (entry.state() == State.DONE
          || entry.state() == State.RELEASED && journal.allAnswered(entry)) {
        box.move(message, entry.target());
        journal.write(entry.in(State.DONE));
        LOG.info("message {} moved to {}", key, entry.target());
      }
    }
  }

  /** The journal entry for a message seen for the first time. */
  private Entry receive(Message message, String key) throws MessagingException, IOException {
    Entry bare = bareEntry(message, key);
    Optional<String> messageId = bare.messageId();
    String from = bare.from();
    if (messageId.isPresent() && !journal.claimMessageId(messageId.get(), key)) {
      LOG.info("message {} repeats {}: not answered again", key, messageId.get());
      return journal.write(bare);
    }
    if (from.isEmpty() || !settings.allows(from)) {
      LOG.info("message {} from {} is not allowed: moved to {}", key, from, REFUSED_FOLDER);
      console.line(Text.get("mailbox.refused", from.isEmpty() ? "?" : from, REFUSED_FOLDER));
      return journal.write(refused(bare));
    }
    if (isAutomatic(message, from)) {
      LOG.info("message {} from {} is automatic: not answered", key, from);
      return journal.write(bare);
    }
    Taken taken = takeWorkbooks(message, key);
    console.line(Text.get("mailbox.taken", from, taken.names().size()));
    return journal.write(
        new Entry(
            key,
            State.RECEIVED,
            DONE_FOLDER,
            from,
            bare.subject(),
            messageId,
            bare.replyTo(),
            bare.references(),
            taken.names(),
            taken.places(),
            taken.note()));
  }

  /** The message's sender, subject and thread, answered by nothing: moved to 已处理 as it is. */
  private static Entry bareEntry(Message message, String key) throws MessagingException {
    Optional<String> messageId = Optional.ofNullable(header(message, "Message-ID"));
    String from = firstAddress(message.getFrom()).orElse("");
    String subject = Optional.ofNullable(message.getSubject()).orElse("");
    List<String> replyTo = addresses(message.getReplyTo());
    List<String> references = new ArrayList<>();
    Optional.ofNullable(header(message, "References"))
        .ifPresent(r -> references.addAll(Arrays.asList(r.trim().split("\\s+"))));
    messageId.ifPresent(references::add);
    return new Entry(
        key,
        State.RELEASED,
        DONE_FOLDER,
        from,
        subject,
        messageId,
        replyTo.isEmpty() ? from.isEmpty() ? List.of() : List.of(from) : replyTo,
        references,
        List.of(),
        List.of(),
        "");
  }

  /** A message from a sender not allowed: moved to 未授权, not answered. */
  private static Entry refused(Entry bare) {
    return new Entry(
        bare.key(),
        State.RELEASED,
        REFUSED_FOLDER,
        bare.from(),
        bare.subject(),
        bare.messageId(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "");
  }

  /**
   * The workbooks taken from a message (names in the inbox, places in the message) and the note.
   */
  private record Taken(List<String> names, List<String> places, String note) {}

  private Taken takeWorkbooks(Message message, String key) throws MessagingException, IOException {
    List<String> names = new ArrayList<>();
    List<String> places = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean anyArchive = false;
    for (Attachments.Found found : Attachments.list(message)) {
      if (found.isArchive()) {
        anyArchive = true;
      }
      if (!found.isWorkbook()) {
        continue;
      }
      String shown = Attachments.safeName(found.name(), places.size() + 1);
      if (found.size() > MAX_WIRE_BYTES) {
        notes.add(Text.get("mailbox.note.tooLarge", shown, MAX_BYTES / (1024 * 1024)));
      } else if (places.size() >= MAX_WORKBOOKS) {
        notes.add(Text.get("mailbox.note.tooMany", shown, MAX_WORKBOOKS));
      } else {
        places.add(found.place());
        names.add(journal.reserveName(shown, key, places.size(), this::isUsed));
      }
    }
    return new Taken(names, places, note(places.isEmpty(), notes, anyArchive));
  }

  /** What the answer says besides the results: workbooks left out, or that there was none. */
  private static String note(boolean noWorkbook, List<String> notes, boolean anyArchive) {
    if (noWorkbook) {
      String none =
          Text.get("mailbox.note.none") + (anyArchive ? Text.get("mailbox.note.archive") : "");
      return notes.isEmpty() ? none : String.join("\n", notes) + "\n\n" + none;
    }
    return notes.isEmpty() ? "" : String.join("\n", notes);
  }

  /** Each accepted workbook, whole, into the journal; nothing reaches the inbox yet. */
  private void download(Message message, Entry entry) throws MessagingException, IOException {
    for (int n = 1; n <= entry.parts().size(); n++) {
      Path target = journal.download(entry.key(), n);
      if (Files.exists(target)) {
        continue; // downloaded before the connection dropped
      }
      var part = Attachments.at(message, entry.parts().get(n - 1));
      SafeFiles.writeAtomically(
          target,
          out -> {
            try {
              Attachments.copy(part, out, MAX_BYTES);
            } catch (MessagingException e) {
              throw new IOException(e);
            }
          });
    }
  }

  /** The downloaded workbooks into the mail inbox, and the note into the outbox. */
  private void release(Entry entry) throws IOException {
    for (int n = 1; n <= entry.names().size(); n++) {
      Path downloaded = journal.download(entry.key(), n);
      if (Files.exists(downloaded)) {
        try {
          Files.move(
              downloaded,
              mailFolder.inbox().resolve(entry.names().get(n - 1)),
              StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
          throw new IOException("a file by the reserved name is in the mail inbox", e);
        }
      }
    }
    journal.removeDownloads(entry.key());
    if (!entry.note().isEmpty() && !journal.answered(entry.key(), 0)) {
      MailService.Prepared note =
          mailer.prepareNotice(
              reply(entry, 0),
              Text.get("mailbox.note.name"),
              Text.get("mailbox.note.subject", subjectLine(entry)),
              Text.get("mailbox.note.body", entry.note()));
      journal.markAnswered(entry.key(), 0);
      mailer.deliver(note).lines().forEach(console::line);
    }
  }

  /**
   * Whether a file of the mail folder has {@code name} or is named after it: the watcher would give
   * its outputs another name (with the time), and the answer must find the name it was saved under.
   */
  private boolean isUsed(String name) {
    String extension = name.substring(name.lastIndexOf('.'));
    String stem = name.substring(0, name.length() - extension.length());
    return Stream.of(
            mailFolder.inbox().resolve(name),
            mailFolder.out().resolve(name),
            mailFolder.archive().resolve(name),
            mailFolder.failed().resolve(name),
            mailFolder.failed().resolve(stem + ".已标注" + extension),
            mailFolder.failed().resolve(stem + ".错误说明.txt"))
        .anyMatch(Files::exists);
  }

  /** The answer about attachment {@code n} (0: the note) of {@code entry}. */
  static Reply reply(Entry entry, int n) {
    return new Reply(entry.key() + "#" + n, entry.replyTo(), entry.messageId(), entry.references());
  }

  private static String subjectLine(Entry entry) {
    String subject = entry.subject().replaceAll("\\p{Cntrl}", " ").strip();
    return subject.codePointCount(0, subject.length()) > 60
        ? subject.substring(0, subject.offsetByCodePoints(0, 59)) + "…"
        : subject;
  }

  /** Out-of-office replies, bounces, lists: never answered (no mail loops). */
  private static boolean isAutomatic(Message message, String from) throws MessagingException {
    String auto = header(message, "Auto-Submitted");
    if (auto != null && !auto.trim().toLowerCase(Locale.ROOT).startsWith("no")) {
      return true;
    }
    String precedence = header(message, "Precedence");
    if (precedence != null
        && List.of("bulk", "junk", "list").contains(precedence.trim().toLowerCase(Locale.ROOT))) {
      return true;
    }
    String local = from.substring(0, Math.max(0, from.indexOf('@'))).toLowerCase(Locale.ROOT);
    return local.equals("mailer-daemon") || local.equals("postmaster");
  }

  private static String header(Message message, String name) throws MessagingException {
    String[] values = message.getHeader(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static Optional<String> firstAddress(Address[] addresses) {
    List<String> all = addresses(addresses);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static List<String> addresses(Address[] addresses) {
    List<String> list = new ArrayList<>();
    if (addresses != null) {
      for (Address a : addresses) {
        if (a instanceof InternetAddress internet && internet.getAddress() != null) {
          list.add(internet.getAddress());
        }
      }
    }
    return list;
  }
}
