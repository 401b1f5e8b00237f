package org.scorebook.mailbox;

import jakarta.mail.MessagingException;
import org.scorebook.mail.ImapSettings;
import org.scorebook.mail.MailException;
import org.scorebook.mail.MailService;
import org.scorebook.model.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code scorebook mail test}: logs in to the mailbox and opens its folder, changing nothing. */
public final class MailboxCheck {
  private static final Logger LOG = LoggerFactory.getLogger(MailboxCheck.class);

  private MailboxCheck() {}

  /** A line saying that login and folder are fine; the exception says what is wrong, in Chinese. */
  public static String check(ImapSettings settings) throws MailException {
    try (Mailbox box = Mailbox.open(settings)) {
      return Text.get(
          "imap.test.ok",
          settings.user(),
          settings.host(),
          settings.port(),
          settings.security().name().toLowerCase(java.util.Locale.ROOT),
          box.folderName(),
          box.count());
    } catch (Mailbox.MissingFolderException e) {
      throw new MailException(
          Text.get("imap.test.noFolder", settings.host(), settings.port(), settings.folder()), e);
    } catch (MessagingException | RuntimeException e) {
      LOG.warn("mailbox check of {} failed", settings, e);
      throw new MailException(
          Text.get("imap.test.failed", settings.host(), settings.port(), MailService.explain(e)),
          e);
    }
  }
}
