package org.scorebook.mailbox;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.scorebook.kinds.Kinds;
import org.scorebook.mail.ImapSettings;
import org.scorebook.mail.MailService;
import org.scorebook.mail.MailSettings;
import org.scorebook.model.Outcome;
import org.scorebook.testing.MailServers;
import org.scorebook.watch.DropFolder;
import org.scorebook.watch.WatchListener;
import org.scorebook.watch.Watcher;

/**
 * A real mail server (GreenMail: SMTP for the answers, IMAP for the mailbox) on free local ports,
 * messages with workbooks attached, and a watcher with the mailbox on, run in this process.
 */
final class MailboxFixtures implements AutoCloseable {
  static final Path SEED_001 = Path.of("samples/2017年合作交流综合信息服务平台建设运维项目.xlsx");
  static final Path SEED_002 = Path.of("samples/2018年上海市政府驻外办事处视频会议（运维）项目.xlsx");
  static final Path WITH_MISTAKES = Path.of("samples/带错误示例.xlsx");
  static final String MAILBOX = "pingjia@czj.test";
  static final String PASSWORD = "secret";
  static final String FROM = "scorebook@czj.test";
  static final String ZHANG = "zhang@county.test";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  final int smtpPort;
  final int imapPort;
  final GreenMail server;
  final GreenMailUser user;

  MailboxFixtures() throws IOException {
    this(freePort(), freePort());
  }

  MailboxFixtures(int smtpPort, int imapPort) {
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
    this.server =
        MailServers.started(
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    this.user = server.setUser(MAILBOX, MAILBOX, PASSWORD);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * A watcher with the mailbox on over {@code folder}/收件箱, its outbox in {@code folder}/outbox, as
   * {@code watch INBOX --imap} runs it; {@code extras} are written beside each scored workbook.
   */
  Instance watcherIn(Path folder, Outcome.OutputKind... extras) throws IOException {
    return new Instance(
        Files.createDirectories(folder.resolve("收件箱")),
        imap(),
        smtp(),
        folder.resolve("outbox"),
        Set.of(extras));
  }

  MailSettings smtp() {
    return new MailSettings(
        "127.0.0.1",
        smtpPort,
        MailSettings.Security.NONE,
        Optional.empty(),
        Optional.empty(),
        FROM,
        5000);
  }

  ImapSettings imap() {
    return imap(imapPort);
  }

  static ImapSettings imap(int port) {
    return new ImapSettings(
        "127.0.0.1",
        port,
        ImapSettings.Security.PLAIN,
        MAILBOX,
        PASSWORD,
        "INBOX",
        List.of("@county.test"),
        5000);
  }

  /** A message from {@code from} with a short text and {@code attachments}, put in the mailbox. */
  String deliver(String from, Attachment... attachments) throws MessagingException {
    MimeMessage message = message(from, attachments);
    user.deliver(message);
    return message.getMessageID();
  }

  static MimeMessage message(String from, Attachment... attachments) throws MessagingException {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, MAILBOX);
    message.setSubject("自评表", "UTF-8");
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("请评分，谢谢。", "UTF-8");
    mixed.addBodyPart(text);
    for (Attachment a : attachments) {
      mixed.addBodyPart(a.part());
    }
    message.setContent(mixed);
    message.saveChanges();
    return message;
  }

  /** One attached file and how its name is written. */
  record Attachment(String name, byte[] bytes, Encoding encoding) {
    enum Encoding {
      RFC2231,
      RFC2047
    }

    static Attachment of(Path sample) throws IOException {
      return new Attachment(
          sample.getFileName().toString(), Files.readAllBytes(sample), Encoding.RFC2231);
    }

    static Attachment rfc2047(String name, Path sample) throws IOException {
      return new Attachment(name, Files.readAllBytes(sample), Encoding.RFC2047);
    }

    MimeBodyPart part() throws MessagingException {
      MimeBodyPart part = new MimeBodyPart();
      part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, XLSX)));
      if (encoding == Encoding.RFC2231) {
        part.setFileName(name); // filename*=UTF-8''… by default
        part.setDisposition(Part.ATTACHMENT);
      } else {
        try {
          String encoded = MimeUtility.encodeText(name, "GB18030", "B");
          part.setHeader("Content-Type", XLSX + "; name=\"" + encoded + "\"");
          part.setHeader("Content-Disposition", "attachment; filename=\"" + encoded + "\"");
        } catch (java.io.UnsupportedEncodingException e) {
          throw new IllegalStateException(e);
        }
      }
      return part;
    }
  }

  /** The messages the server delivered to {@code address} (the answers Scorebook sent). */
  List<MimeMessage> answersTo(String address) {
    List<MimeMessage> answers = new ArrayList<>();
    for (MimeMessage m : server.getReceivedMessages()) {
      try {
        if (Arrays.stream(m.getAllRecipients())
            .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address))) {
          answers.add(m);
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return answers;
  }

  /** How many messages are in the mailbox folder {@code folder}; 0 when it does not exist. */
  int countIn(String folder) {
    var store = server.getManagers().getImapHostManager();
    try {
      return store.getFolder(user, folder).getMessageCount();
    } catch (Exception e) {
      return 0;
    }
  }

  /** Names of the files attached to {@code message}. */
  static List<String> attachmentNames(MimeMessage message) throws Exception {
    List<String> names = new ArrayList<>();
    if (message.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String name = multipart.getBodyPart(i).getFileName();
        if (name != null) {
          names.add(MimeUtility.decodeText(name));
        }
      }
    }
    return names;
  }

  static String text(MimeMessage message) throws Exception {
    Object content = message.getContent();
    if (content instanceof String s) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return MimeUtility.decodeText(out.toString(StandardCharsets.UTF_8));
  }

  /** A watcher over {@code inbox} with the mailbox on, as {@code watch INBOX --imap} runs it. */
  static final class Instance implements AutoCloseable {
    final DropFolder folder;
    final Watcher watcher;
    final MailboxWatch mailbox;

    Instance(Path inbox, ImapSettings imap, MailSettings smtp, Path outbox) throws IOException {
      this(inbox, imap, smtp, outbox, Set.of());
    }

    /** With {@code extras} written beside each scored workbook, as {@code --report} asks. */
    Instance(
        Path inbox,
        ImapSettings imap,
        MailSettings smtp,
        Path outbox,
        Set<Outcome.OutputKind> extras)
        throws IOException {
      this.folder = DropFolder.at(inbox).withInterval(Duration.ofMillis(200));
      MailService mailer = new MailService(smtp, outbox, Clock.systemUTC());
      WatchListener console = handled -> {};
      this.mailbox =
          new MailboxWatch(folder, imap, mailer, console, console, quiet(), extras, Kinds.ALL);
      this.watcher = new Watcher(folder, mailbox);
    }

    DropFolder mailFolder() {
      return MailboxWatch.mailFolder(folder);
    }

    @Override
    public void close() {
      watcher.close();
      mailbox.close();
    }
  }

  /** Polls {@code instance} until {@code done}, at most a minute. */
  static void pollUntil(Instance instance, BooleanSupplier done) {
    Instant limit = Instant.now().plus(Duration.ofSeconds(60));
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(limit)) {
        throw new AssertionError("not done within a minute");
      }
      instance.watcher.poll();
    }
  }

  static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop();
  }
}
