package org.scorebook.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.scorebook.mail.MailReport.Status;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails scored workbooks. Each message is keyed ({@link IdempotencyKey}); a key in the sent-log or
 * in the outbox is never sent or queued again. Every message is first stored in the outbox (forced
 * to disk) and then sent from there, so a process killed in between sends it on its next flush; one
 * that cannot be sent now waits there and is retried by {@link #flush}. Safe to share between
 * threads and, through the outbox's locks, between processes.
 */
public final class MailService {
  private static final Logger LOG = LoggerFactory.getLogger(MailService.class);

  private final MailSettings settings;
  private final Session session;
  private final Outbox outbox;
  private final SentLog sentLog;
  private final Clock clock;

  public MailService(MailSettings settings, Path outboxFolder, Clock clock) throws IOException {
    this.settings = settings;
    this.session = Session.getInstance(settings.sessionProperties());
    this.outbox = new Outbox(outboxFolder);
    this.sentLog = new SentLog(outbox.folder());
    this.clock = clock;
  }

  /**
   * The outbox folder used when {@code --outbox} is not given: {@code outbox} in {@link
   * ScorebookHome}.
   */
  public static Path defaultOutbox(Map<String, String> env) {
    return ScorebookHome.folder(env).resolve("outbox");
  }

  /**
   * A message for one workbook, made durable in the outbox and not sent yet ({@code key} present),
   * or why there is nothing to send ({@code report} says, {@code key} empty). Step one of {@link
   * #mail}, for a caller that must not lose the message if the process dies before {@link
   * #deliver}.
   *
   * @param report what {@link #deliver} reports when it sends the message; the final word when
   *     there is no key
   */
  public record Prepared(MailReport report, Optional<String> key) {}

  /** Mails the output of {@code outcome} to {@code addresses}; never throws for a mail problem. */
  public MailReport mail(Outcome outcome, List<String> addresses) {
    try {
      return deliver(prepare(outcome, addresses));
    } catch (IOException e) {
      LOG.warn("cannot queue mail for {}", outcome.input(), e);
      return new MailReport(
          Status.NOTHING_TO_SEND,
          outcome.input().getFileName().toString(),
          List.of(),
          List.of(),
          String.valueOf(e.getMessage()));
    }
  }

  /**
   * Builds the message for {@code outcome} and puts it in the outbox (forced to disk), due at once;
   * nothing is queued when it was sent or queued before (same content, same recipients).
   *
   * @throws IOException when the message cannot be stored: it would be lost
   */
  public Prepared prepare(Outcome outcome, List<String> addresses) throws IOException {
    String name = outcome.input().getFileName().toString();
    if (outcome.workbook().isEmpty() || outcome.projects().isEmpty()) {
      return new Prepared(
          new MailReport(
              Status.NOTHING_TO_SEND,
              name,
              List.of(),
              List.of(),
              outcome.failure().orElse(Text.get("mail.report.noOutput"))),
          Optional.empty());
    }
    Recipients recipients = Recipients.check(addresses);
    List<String> to = recipients.keyForm();
    if (to.isEmpty()) {
      return new Prepared(
          new MailReport(Status.NO_RECIPIENTS, name, to, recipients.refused(), ""),
          Optional.empty());
    }
    return queue(
        outcome, recipients, new MailReport(Status.SENT, name, to, recipients.refused(), ""));
  }

  private Prepared queue(Outcome outcome, Recipients recipients, MailReport sent)
      throws IOException {
    Path output = outcome.workbook().get();
    byte[] workbook = Files.readAllBytes(output);
    String key = IdempotencyKey.of(contentBytes(outcome, workbook), sent.recipients());
    return queueBuilt(
        key,
        sent,
        () ->
            ResultMail.build(
                session,
                settings.from(),
                recipients.accepted(),
                cards(outcome),
                outcome.input().getFileName().toString(),
                output.getFileName().toString(),
                workbook,
                extras(outcome)));
  }

  private static List<Scorecard> cards(Outcome outcome) {
    return outcome.projects().stream().map(Outcome.Project::card).toList();
  }

  /** The report drafts written for the workbook, one per clean project, when asked for. */
  private static List<ResultMail.Extra> extras(Outcome outcome) throws IOException {
    List<ResultMail.Extra> extras = new ArrayList<>();
    for (Outcome.Output report : outcome.outputs(Outcome.OutputKind.REPORT)) {
      if (Files.isRegularFile(report.path())) {
        extras.add(
            new ResultMail.Extra(
                report.path().getFileName().toString(),
                Files.readAllBytes(report.path()),
                ResultMail.DOCX));
      }
    }
    return extras;
  }

  /** Builds a message; only called when it is not queued or sent yet. */
  @FunctionalInterface
  private interface Builder {
    MimeMessage build() throws MessagingException, IOException;
  }

  /** Queues what {@code builder} makes under {@code key}, unless it was sent or queued before. */
  private Prepared queueBuilt(String key, MailReport sent, Builder builder) throws IOException {
    synchronized (this) {
      if (sentLog.contains(key)) {
        return new Prepared(sent.as(Status.ALREADY_SENT, ""), Optional.empty());
      }
      if (!outbox.holds(key)) {
        try {
          outbox.queue(key, builder.build());
        } catch (MessagingException e) {
          LOG.warn("cannot build the mail {}", sent.workbook(), e);
          return new Prepared(
              sent.as(Status.NOTHING_TO_SEND, String.valueOf(e.getMessage())), Optional.empty());
        }
      }
    }
    return new Prepared(sent, Optional.of(key));
  }

  /**
   * The answer to a mailed-in workbook, queued (forced to disk) and not sent yet: the result mail
   * with the scored or annotated workbook when there is one, else a short note saying why the file
   * could not be read. Keyed by {@code reply.key()} alone: queued and sent once however often this
   * runs for the same key.
   *
   * @param name the workbook's name as the sender attached it
   */
  public Prepared prepareReply(Outcome outcome, String name, Reply reply) throws IOException {
    if (outcome.workbook().isPresent() && !outcome.projects().isEmpty()) {
      Path output = outcome.workbook().get();
      return queueReply(
          name,
          reply,
          (to) ->
              ResultMail.build(
                  session,
                  settings.from(),
                  to,
                  cards(outcome),
                  name,
                  output.getFileName().toString(),
                  Files.readAllBytes(output),
                  extras(outcome)));
    }
    String why =
        outcome instanceof Outcome.Unreadable u
            ? u.cause().label() + "：" + u.reason()
            : outcome.failure().orElse(Text.get("mail.report.noOutput"));
    return prepareNotice(
        reply,
        name,
        Text.get("mailbox.reply.unreadable.subject", MailBody.oneLine(ResultMail.shortName(name))),
        Text.get("mailbox.reply.unreadable.body", name, MailBody.oneLine(why)));
  }

  /** A short plain-text answer to a mailed-in message, queued like {@link #prepareReply}. */
  public Prepared prepareNotice(Reply reply, String name, String subject, String body)
      throws IOException {
    return queueReply(
        name, reply, to -> NoticeMail.build(session, settings.from(), to, subject, body));
  }

  @FunctionalInterface
  private interface ReplyBuilder {
    MimeMessage build(List<InternetAddress> to) throws MessagingException, IOException;
  }

  private Prepared queueReply(String name, Reply reply, ReplyBuilder builder) throws IOException {
    Recipients recipients = Recipients.check(reply.to());
    List<String> to = recipients.keyForm();
    if (to.isEmpty()) {
      return new Prepared(
          new MailReport(Status.NO_RECIPIENTS, name, to, recipients.refused(), ""),
          Optional.empty());
    }
    String key = IdempotencyKey.of(("reply\n" + reply.key()).getBytes(StandardCharsets.UTF_8), to);
    return queueBuilt(
        key,
        new MailReport(Status.SENT, name, to, recipients.refused(), ""),
        () -> NoticeMail.threaded(builder.build(recipients.accepted()), reply));
  }

  /**
   * Step two of {@link #mail}: sends a prepared message now, unless it already waits for a retry
   * (it was queued by an earlier run and failed) or another process is sending it. Never throws;
   * what cannot be sent stays in the outbox.
   */
  public MailReport deliver(Prepared prepared) {
    if (prepared.key().isEmpty()) {
      return prepared.report();
    }
    String key = prepared.key().get();
    MailReport sent = prepared.report();
    try {
      Optional<Outbox.Claim> claim = outbox.claim(key);
      if (claim.isEmpty()) {
        return sent.as(Status.ALREADY_QUEUED, "");
      }
      try (Outbox.Claim held = claim.get()) {
        Optional<Outbox.Entry> entry = held.entry();
        if (entry.isEmpty() || sentLog.contains(key)) {
          entry.ifPresent(this::removeQuietly);
          return sentLog.contains(key)
              ? sent
              : sent.as(Status.NOTHING_TO_SEND, Text.get("mail.report.noOutput"));
        }
        Instant now = clock.instant();
        if (!entry.get().dueAt(now)) {
          return sent.as(Status.ALREADY_QUEUED, "");
        }
        return sendQueued(entry.get(), now)
            .map(error -> sent.as(Status.QUEUED, error))
            .orElse(sent);
      }
    } catch (IOException e) {
      LOG.warn("outbox entry {} not sent now", key, e);
      return sent.as(Status.QUEUED, String.valueOf(e.getMessage()));
    }
  }

  private void removeQuietly(Outbox.Entry entry) {
    try {
      outbox.remove(entry);
    } catch (IOException e) {
      LOG.debug("cannot remove sent outbox entry {}: {}", entry.key(), e.toString());
    }
  }

  /**
   * What the key is computed over: the submitted workbook when it is still readable and is not the
   * output itself, because the output carries the processing time in its score sheet's footer (and
   * zip entry times), so scoring the same submission twice gives different bytes; else the output.
   */
  private static byte[] contentBytes(Outcome outcome, byte[] output) {
    Path input = outcome.input();
    try {
      if (Files.isRegularFile(input) && !Files.isSameFile(input, outcome.workbook().get())) {
        return Files.readAllBytes(input);
      }
    } catch (IOException e) {
      LOG.debug("input {} not readable for the mail key; using the output", input, e);
    }
    return output;
  }

  /** What {@link #flush} did. */
  public record FlushResult(int sent, int failed, int waiting, List<String> errors) {}

  /** What became of one outbox entry in a flush. */
  private enum Step {
    SENT,
    FAILED,
    WAITING,
    SKIPPED
  }

  /**
   * Sends every outbox message that is due now ({@code all}: every message). A message another
   * process is sending at the same moment is skipped: it is theirs.
   */
  public synchronized FlushResult flush(boolean all) throws IOException {
    Instant now = clock.instant();
    Map<Step, Integer> steps = new EnumMap<>(Step.class);
    List<String> errors = new ArrayList<>();
    for (Outbox.Entry listed : outbox.entries()) {
      steps.merge(flushEntry(listed.key(), all, now, errors), 1, Integer::sum);
    }
    return new FlushResult(
        steps.getOrDefault(Step.SENT, 0),
        steps.getOrDefault(Step.FAILED, 0),
        steps.getOrDefault(Step.WAITING, 0),
        errors);
  }

  private Step flushEntry(String key, boolean all, Instant now, List<String> errors)
      throws IOException {
    Optional<Outbox.Claim> claim = outbox.claim(key);
    if (claim.isEmpty()) {
      return Step.SKIPPED;
    }
    try (Outbox.Claim held = claim.get()) {
      Optional<Outbox.Entry> entry = held.entry();
      if (entry.isEmpty()) {
        return Step.SKIPPED;
      }
      if (sentLog.contains(key)) {
        outbox.remove(entry.get());
        return Step.SKIPPED;
      }
      if (!all && !entry.get().dueAt(now)) {
        return Step.WAITING;
      }
      Optional<String> error = sendQueued(entry.get(), now);
      error.ifPresent(errors::add);
      return error.isPresent() ? Step.FAILED : Step.SENT;
    }
  }

  /**
   * Sends a queued entry; on failure it waits for its next try. Returns why it failed, or empty
   * when sent.
   */
  private Optional<String> sendQueued(Outbox.Entry entry, Instant now) throws IOException {
    try {
      MimeMessage message = outbox.load(session, entry);
      send(message, () -> sentLog.record(entry.key(), clock.instant(), addresses(message)));
      outbox.remove(entry);
      return Optional.empty();
    } catch (MessagingException e) {
      LOG.warn("sending failed, kept in {}: {}", outbox.folder(), e.toString());
      outbox.retryLater(entry, now, e.toString());
      return Optional.of(reason(e));
    }
  }

  /**
   * Sends a short test message to {@code address}; the exception says what went wrong, in Chinese.
   */
  public void sendTest(String address) throws MailException {
    Recipients recipients = Recipients.check(List.of(address));
    if (recipients.accepted().isEmpty()) {
      throw new MailException(
          recipients.refused().isEmpty()
              ? Text.get("mail.address.invalid", address)
              : recipients.refused().get(0));
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from()));
      message.setRecipients(
          MimeMessage.RecipientType.TO, recipients.accepted().toArray(new InternetAddress[0]));
      message.setSubject(Text.get("mail.test.subject"), "UTF-8");
      message.setSentDate(new Date());
      message.setText(
          Text.get("mail.test.body", settings.host(), settings.port(), settings.security()),
          "UTF-8");
      send(message, () -> {});
    } catch (MessagingException | IOException e) {
      LOG.warn(
          "test mail to {} through {}:{} failed", address, settings.host(), settings.port(), e);
      throw new MailException(
          Text.get("mail.test.failed", settings.host(), settings.port(), reason(e)), e);
    }
  }

  /** What is done the moment the server has accepted a message, before the connection closes. */
  @FunctionalInterface
  private interface Accepted {
    void record() throws IOException, MessagingException;
  }

  /**
   * Sends {@code message} and runs {@code accepted} as soon as the server has taken it (its reply
   * to the message's data), before saying goodbye: a process killed after that reply and before the
   * record is the only case in which a message is sent again, and the goodbye round trip is not
   * part of it. A failure to close the connection after acceptance is no failure to send.
   */
  private void send(MimeMessage message, Accepted accepted) throws MessagingException, IOException {
    message.saveChanges();
    Address[] to = message.getAllRecipients();
    if (to == null || to.length == 0) {
      throw new SendFailedException("no recipient addresses");
    }
    Transport transport = session.getTransport(to[0]);
    try {
      if (settings.user().isPresent()) {
        transport.connect(settings.user().get(), settings.password().orElse(""));
      } else {
        transport.connect();
      }
      transport.sendMessage(message, to);
      accepted.record();
    } finally {
      closeQuietly(transport);
    }
  }

  private static void closeQuietly(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException e) {
      LOG.debug("closing the mail connection failed: {}", e.toString());
    }
  }

  private static List<String> addresses(MimeMessage message) throws MessagingException {
    var to = message.getAllRecipients();
    List<String> list = new ArrayList<>();
    if (to != null) {
      for (var a : to) {
        list.add(((InternetAddress) a).getAddress());
      }
    }
    return list;
  }

  /**
   * Why sending failed, in Chinese with what to check: the common causes (connection refused,
   * unknown server, timeout, wrong password, encryption) found anywhere in the chain of causes. The
   * library's and the system's English stays in the log.
   */
  static String reason(Throwable e) {
    for (Throwable cause = e;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      Optional<String> known = knownReason(cause);
      if (known.isPresent()) {
        return known.get();
      }
    }
    return Text.get("mail.reason.other");
  }

  /** {@link #reason} for callers outside this package (the mailbox check). */
  public static String explain(Throwable e) {
    return reason(e);
  }

  private static Optional<String> knownReason(Throwable e) {
    if (e instanceof AuthenticationFailedException) {
      return Optional.of(Text.get("mail.reason.authentication"));
    }
    if (e instanceof UnknownHostException) {
      return Optional.of(Text.get("mail.reason.unknownHost", String.valueOf(e.getMessage())));
    }
    if (e instanceof SocketTimeoutException || e instanceof ConnectException && timedOut(e)) {
      return Optional.of(Text.get("mail.reason.timeout"));
    }
    if (e instanceof ConnectException) {
      return Optional.of(Text.get("mail.reason.refused"));
    }
    if (e instanceof NoRouteToHostException) {
      return Optional.of(Text.get("mail.reason.unreachable"));
    }
    if (e instanceof SSLException) {
      return Optional.of(Text.get("mail.reason.encryption"));
    }
    if (e instanceof SendFailedException failed
        && failed.getInvalidAddresses() != null
        && failed.getInvalidAddresses().length > 0) {
      return Optional.of(
          Text.get(
              "mail.reason.refusedAddresses",
              Arrays.stream(failed.getInvalidAddresses())
                  .map(String::valueOf)
                  .collect(Collectors.joining("、"))));
    }
    return Optional.empty();
  }

  private static boolean timedOut(Throwable e) {
    return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("timed out");
  }
}
