package org.scorebook.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.mailbox.MailboxFixtures.ZHANG;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.hostile.HostileAccess;
import org.scorebook.mailbox.MailboxFixtures.Attachment;
import org.scorebook.mailbox.MailboxFixtures.Instance;

/** Attachments that must not be saved, or must get the drop folder's hostile-file treatment. */
class MailboxHostileAttachmentsTest {
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
  void aSixtyMegabyteAttachmentIsNotSavedAndTheSenderIsToldWhy() throws Exception {
    byte[] big = new byte[60 * 1024 * 1024];
    Arrays.fill(big, (byte) 'x');
    mail.deliver(ZHANG, new Attachment("大文件.xlsx", big, Attachment.Encoding.RFC2231));

    MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.DONE_FOLDER) == 1);

    List<MimeMessage> answers = mail.answersTo(ZHANG);
    assertThat(answers).hasSize(1);
    assertThat(MailboxFixtures.text(answers.get(0))).contains("大文件.xlsx", "超过 20 MB");
    try (Stream<Path> files = Files.walk(instance.mailFolder().inbox())) {
      assertThat(files.filter(Files::isRegularFile).mapToLong(MailboxHostileAttachmentsTest::size))
          .allMatch(size -> size < 1024 * 1024);
    }
  }

  @Test
  void aZipBombAttachedGoesToTheFailedFolderAndTheSenderIsToldItCannotBeRead() throws Exception {
    Path bomb = HostileAccess.zipBomb(temp.resolve("炸弹.xlsx"));
    mail.deliver(ZHANG, Attachment.of(bomb));

    MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.DONE_FOLDER) == 1);

    List<MimeMessage> answers = mail.answersTo(ZHANG);
    assertThat(answers).hasSize(1);
    assertThat(answers.get(0).getSubject()).contains("炸弹.xlsx", "无法读取");
    assertThat(MailboxFixtures.text(answers.get(0))).contains("无法读取");
    assertThat(instance.mailFolder().failed().resolve("炸弹.xlsx")).exists();
    assertThat(instance.mailFolder().failed().resolve("炸弹.错误说明.txt")).exists();
  }

  @Test
  void aWorkbookInsideAZipIsNotUnpackedAndTheNoteSaysSo() throws Exception {
    Path zip = HostileAccess.plainZip(temp.resolve("评价.zip"));
    mail.deliver(
        ZHANG, new Attachment("评价.zip", Files.readAllBytes(zip), Attachment.Encoding.RFC2231));

    MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.DONE_FOLDER) == 1);

    List<MimeMessage> answers = mail.answersTo(ZHANG);
    assertThat(answers).hasSize(1);
    assertThat(MailboxFixtures.text(answers.get(0))).contains("压缩包", "不会被解开");
    assertThat(instance.mailFolder().archive()).isEmptyDirectory();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
