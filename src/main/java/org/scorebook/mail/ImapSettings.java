package org.scorebook.mail;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.scorebook.model.Text;

/**
 * The mailbox workbooks are mailed to: the same properties file as the SMTP settings, overridden by
 * {@code SCOREBOOK_IMAP_*} environment variables. Off unless {@code imap.host} is set anywhere.
 *
 * @param folder the folder new messages arrive in ({@code INBOX} by default)
 * @param allow who may send workbooks: addresses and {@code @domain}s, lower case
 * @param timeoutMillis connection, read and write timeout
 */
public record ImapSettings(
    String host,
    int port,
    Security security,
    String user,
    String password,
    String folder,
    List<String> allow,
    int timeoutMillis) {

  /** How the connection is protected; {@code plain} is for tests and a server on the same host. */
  public enum Security {
    SSL(993),
    STARTTLS(143),
    PLAIN(143);

    final int defaultPort;

    Security(int defaultPort) {
      this.defaultPort = defaultPort;
    }
  }

  public static final String DEFAULT_FOLDER = "INBOX";

  /** File key → environment variable. */
  static final Map<String, String> KEYS =
      Map.of(
          "imap.host", "SCOREBOOK_IMAP_HOST",
          "imap.port", "SCOREBOOK_IMAP_PORT",
          "imap.security", "SCOREBOOK_IMAP_SECURITY",
          "imap.user", "SCOREBOOK_IMAP_USER",
          "imap.password", "SCOREBOOK_IMAP_PASSWORD",
          "imap.folder", "SCOREBOOK_IMAP_FOLDER",
          "imap.allow", "SCOREBOOK_IMAP_ALLOW");

  public ImapSettings {
    allow = List.copyOf(allow);
  }

  /**
   * Settings from {@code explicit} (must exist) or else the first existing of {@code defaults},
   * then {@code env}; empty when no IMAP host is configured anywhere.
   */
  public static Optional<ImapSettings> load(
      Optional<Path> explicit, List<Path> defaults, Map<String, String> env) throws MailException {
    Properties file = MailSettings.readFile(explicit, defaults);
    Map<String, String> values = new HashMap<>();
    for (Map.Entry<String, String> key : KEYS.entrySet()) {
      String value = env.getOrDefault(key.getValue(), file.getProperty(key.getKey(), "")).trim();
      if (!value.isEmpty()) {
        values.put(key.getKey(), value);
      }
    }
    return values.containsKey("imap.host") ? Optional.of(from(values)) : Optional.empty();
  }

  private static ImapSettings from(Map<String, String> values) throws MailException {
    String securityText = values.getOrDefault("imap.security", "ssl");
    Security security;
    try {
      // none is what smtp.security calls an unprotected connection: the same thing, both words work
      String word = securityText.strip().toUpperCase(Locale.ROOT);
      security = Security.valueOf(word.equals("NONE") ? "PLAIN" : word);
    } catch (IllegalArgumentException e) {
      throw new MailException(Text.get("imap.settings.badSecurity", securityText));
    }
    int port = security.defaultPort;
    if (values.containsKey("imap.port")) {
      port = port(values.get("imap.port"));
    }
    String user = values.get("imap.user");
    if (user == null) {
      throw new MailException(Text.get("imap.settings.noUser"));
    }
    List<String> allow = allowList(values.getOrDefault("imap.allow", ""));
    if (allow.isEmpty()) {
      throw new MailException(Text.get("imap.settings.noAllow"));
    }
    return new ImapSettings(
        values.get("imap.host"),
        port,
        security,
        user,
        values.getOrDefault("imap.password", ""),
        values.getOrDefault("imap.folder", DEFAULT_FOLDER),
        allow,
        MailSettings.DEFAULT_TIMEOUT_MILLIS);
  }

  private static int port(String value) throws MailException {
    try {
      int port = Integer.parseInt(value);
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new MailException(Text.get("imap.settings.badPort", value));
  }

  /** Comma, semicolon, Chinese comma or space separated; lower case; bad entries refused. */
  private static List<String> allowList(String text) throws MailException {
    List<String> entries = new java.util.ArrayList<>();
    for (String raw : text.split("[,;，；\\s]+")) {
      String entry = raw.trim().toLowerCase(Locale.ROOT);
      if (entry.isEmpty()) {
        continue;
      }
      int at = entry.indexOf('@');
      if (at < 0 || at != entry.lastIndexOf('@') || at == entry.length() - 1) {
        throw new MailException(Text.get("imap.settings.badAllow", raw.trim()));
      }
      entries.add(entry);
    }
    return entries;
  }

  /** Whether mail from {@code address} may be taken: listed itself, or its {@code @domain} is. */
  public boolean allows(String address) {
    String a = address.trim().toLowerCase(Locale.ROOT);
    int at = a.lastIndexOf('@');
    if (at <= 0) {
      return false;
    }
    return allow.contains(a) || allow.contains(a.substring(at));
  }

  /** A copy with another timeout (tests use short ones). */
  public ImapSettings withTimeout(int millis) {
    return new ImapSettings(host, port, security, user, password, folder, allow, millis);
  }

  /** The Jakarta Mail store protocol: {@code imaps} for SSL, else {@code imap}. */
  public String protocol() {
    return security == Security.SSL ? "imaps" : "imap";
  }

  /** The Jakarta Mail session properties for these settings. */
  public Properties sessionProperties() {
    String p = "mail." + protocol() + ".";
    Properties props = new Properties();
    props.setProperty(p + "host", host);
    props.setProperty(p + "port", Integer.toString(port));
    for (String timeout : List.of("connectiontimeout", "timeout", "writetimeout")) {
      props.setProperty(p + timeout, Integer.toString(timeoutMillis));
    }
    if (security == Security.STARTTLS) {
      props.setProperty(p + "starttls.enable", "true");
      props.setProperty(p + "starttls.required", "true");
    }
    props.setProperty(p + "ssl.checkserveridentity", "true");
    return props;
  }

  @Override
  public String toString() {
    return "ImapSettings["
        + host
        + ":"
        + port
        + " "
        + security
        + " user="
        + user
        + " folder="
        + folder
        + " allow="
        + allow
        + "]";
  }
}
