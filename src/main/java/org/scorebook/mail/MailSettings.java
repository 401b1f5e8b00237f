package org.scorebook.mail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.scorebook.model.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SMTP settings: a properties file overridden by {@code SCOREBOOK_SMTP_*} / {@code
 * SCOREBOOK_MAIL_FROM} environment variables. Mail is off unless a host is configured.
 *
 * @param timeoutMillis connection, read and write timeout
 */
public record MailSettings(
    String host,
    int port,
    Security security,
    Optional<String> user,
    Optional<String> password,
    String from,
    int timeoutMillis) {

  public static final int DEFAULT_TIMEOUT_MILLIS = 10_000;
  private static final Logger LOG = LoggerFactory.getLogger(MailSettings.class);

  /** How the connection is protected. */
  public enum Security {
    NONE(25),
    STARTTLS(587),
    SSL(465);

    final int defaultPort;

    Security(int defaultPort) {
      this.defaultPort = defaultPort;
    }
  }

  /** File key → environment variable. */
  static final Map<String, String> KEYS =
      Map.of(
          "smtp.host", "SCOREBOOK_SMTP_HOST",
          "smtp.port", "SCOREBOOK_SMTP_PORT",
          "smtp.security", "SCOREBOOK_SMTP_SECURITY",
          "smtp.user", "SCOREBOOK_SMTP_USER",
          "smtp.password", "SCOREBOOK_SMTP_PASSWORD",
          "mail.from", "SCOREBOOK_MAIL_FROM");

  /**
   * Settings from {@code explicit} (must exist) or else the first existing of {@code defaults},
   * then {@code env}; empty when no host is configured anywhere.
   */
  public static Optional<MailSettings> load(
      Optional<Path> explicit, List<Path> defaults, Map<String, String> env) throws MailException {
    Properties file = readFile(explicit, defaults);
    Map<String, String> values = new HashMap<>();
    for (Map.Entry<String, String> key : KEYS.entrySet()) {
      String value = env.getOrDefault(key.getValue(), file.getProperty(key.getKey(), "")).trim();
      if (!value.isEmpty()) {
        values.put(key.getKey(), value);
      }
    }
    return values.containsKey("smtp.host") ? Optional.of(from(values)) : Optional.empty();
  }

  /**
   * Where the settings file is looked for when {@code --config} is not given (the home folder per
   * {@code env}).
   */
  public static List<Path> defaultFiles(Optional<Path> jarFolder, Map<String, String> env) {
    List<Path> files = new ArrayList<>();
    jarFolder.ifPresent(folder -> files.add(folder.resolve("scorebook-mail.properties")));
    files.add(ScorebookHome.folder(env).resolve("mail.properties"));
    return files;
  }

  static Properties readFile(Optional<Path> explicit, List<Path> defaults) throws MailException {
    Optional<Path> file =
        explicit.isPresent()
            ? explicit
            : defaults.stream().filter(Files::isRegularFile).findFirst();
    Properties properties = new Properties();
    if (file.isEmpty()) {
      return properties;
    }
    try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("cannot read mail settings {}", file.get(), e);
      throw new MailException(
          Text.get("mail.settings.unreadable", file.get(), whyUnreadable(e)), e);
    }
    return properties;
  }

  /**
   * Why the settings file could not be read, in Chinese; the system's English stays in the
   * exception.
   */
  private static String whyUnreadable(Exception e) {
    if (e instanceof NoSuchFileException) {
      return Text.get("mail.settings.reason.missing");
    }
    if (e instanceof AccessDeniedException) {
      return Text.get("mail.settings.reason.permission");
    }
    if (e instanceof CharacterCodingException) {
      return Text.get("mail.settings.reason.encoding");
    }
    if (e instanceof IllegalArgumentException) {
      return Text.get("mail.settings.reason.escape");
    }
    return Text.get("mail.settings.reason.other");
  }

  private static MailSettings from(Map<String, String> values) throws MailException {
    Security security = security(values.getOrDefault("smtp.security", "none"));
    int port = port(values.get("smtp.port"), security);
    Optional<String> user = Optional.ofNullable(values.get("smtp.user"));
    String from = values.getOrDefault("mail.from", user.orElse(""));
    if (from.isEmpty()) {
      throw new MailException(Text.get("mail.settings.noFrom"));
    }
    return new MailSettings(
        values.get("smtp.host"),
        port,
        security,
        user,
        Optional.ofNullable(values.get("smtp.password")),
        from,
        DEFAULT_TIMEOUT_MILLIS);
  }

  private static Security security(String value) throws MailException {
    try {
      // plain is what imap.security calls an unprotected connection: the same thing, both words
      // work
      String word = value.strip().toUpperCase(Locale.ROOT);
      return Security.valueOf(word.equals("PLAIN") ? "NONE" : word);
    } catch (IllegalArgumentException e) {
      throw new MailException(Text.get("mail.settings.badSecurity", value));
    }
  }

  private static int port(String value, Security security) throws MailException {
    if (value == null) {
      return security.defaultPort;
    }
    try {
      int port = Integer.parseInt(value);
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new MailException(Text.get("mail.settings.badPort", value));
  }

  /** A copy with another timeout (tests use short ones). */
  public MailSettings withTimeout(int millis) {
    return new MailSettings(host, port, security, user, password, from, millis);
  }

  /** The Jakarta Mail session properties for these settings. */
  Properties sessionProperties() {
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", host);
    p.setProperty("mail.smtp.port", Integer.toString(port));
    for (String timeout : List.of("connectiontimeout", "timeout", "writetimeout")) {
      p.setProperty("mail.smtp." + timeout, Integer.toString(timeoutMillis));
    }
    p.setProperty("mail.smtp.auth", Boolean.toString(user.isPresent()));
    if (security == Security.STARTTLS) {
      p.setProperty("mail.smtp.starttls.enable", "true");
      p.setProperty("mail.smtp.starttls.required", "true");
    } else if (security == Security.SSL) {
      p.setProperty("mail.smtp.ssl.enable", "true");
    }
    p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    return p;
  }

  @Override
  public String toString() {
    return "MailSettings["
        + host
        + ":"
        + port
        + " "
        + security
        + " user="
        + user.orElse("-")
        + " from="
        + from
        + "]";
  }
}
