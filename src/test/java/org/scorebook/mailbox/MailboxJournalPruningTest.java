package org.scorebook.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.mailbox.MailboxFixtures.ZHANG;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.mailbox.MailboxFixtures.Attachment;
import org.scorebook.mailbox.MailboxFixtures.Instance;

/**
 * {@code watch --imap} prunes its journal of messages moved away long ago, and a pruned journal
 * still answers a message once, also when it comes back to the inbox.
 */
class MailboxJournalPruningTest {
  @TempDir Path temp;
  private MailboxFixtures mail;
  private Instance instance;

  @BeforeEach
  void start() throws Exception {
    mail = new MailboxFixtures();
    instance = mail.watcherIn(temp);
  }

  @AfterEach
  void stop() {
    instance.close();
    mail.close();
  }

  @Test
  void aMessageAnsweredLongAgoIsPrunedAndNotAnsweredAgainWhenItComesBack() throws Exception {
    MimeMessage sent = MailboxFixtures.message(ZHANG, Attachment.of(MailboxFixtures.SEED_001));
    mail.user.deliver(sent);
    MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.DONE_FOLDER) == 1);
    assertThat(mail.answersTo(ZHANG)).hasSize(1);
    Path journal = instance.mailFolder().work().resolve("mailbox");
    assertThat(entries(journal)).hasSize(1);

    movedAwayLongAgo(journal);
    instance.close();
    instance = mail.watcherIn(temp); // a restart prunes at once
    instance.watcher.poll();
    assertThat(entries(journal)).as("pruned").isEmpty();

    mail.user.deliver(sent); // dragged back to the inbox: the same message under a new UID
    MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.DONE_FOLDER) == 2);
    instance.watcher.poll();

    assertThat(mail.answersTo(ZHANG)).as("answered once").hasSize(1);
  }

  /** The journal's entries, as if their messages were moved away 31 days ago. */
  private static void movedAwayLongAgo(Path journal) throws Exception {
    FileTime longAgo = FileTime.from(Instant.now().minus(Journal.KEEP_DONE).minusSeconds(86_400));
    for (Path entry : entries(journal)) {
      Files.setLastModifiedTime(entry, longAgo);
    }
  }

  private static List<Path> entries(Path journal) throws Exception {
    try (Stream<Path> files = Files.list(journal)) {
      return files.filter(f -> f.toString().endsWith(".properties")).toList();
    }
  }
}
