package org.scorebook.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.mailbox.MailboxFixtures.ZHANG;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.mailbox.MailboxFixtures.Attachment;
import org.scorebook.mailbox.MailboxFixtures.Instance;

/** {@code watch --imap}: workbooks mailed in are scored like dropped ones and answered once. */
class MailboxAnswersTest {
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
  void aMailedWorkbookIsScoredArchivedAndAnsweredInItsThread() throws Exception {
    String id = mail.deliver(ZHANG, Attachment.of(MailboxFixtures.SEED_001));

    MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.DONE_FOLDER) == 1);
    instance.watcher.poll(); // a further look changes nothing

    List<MimeMessage> answers = mail.answersTo(ZHANG);
    assertThat(answers).hasSize(1);
    MimeMessage answer = answers.get(0);
    assertThat(answer.getSubject()).startsWith("【绩效评价】").contains("分（");
    assertThat(answer.getHeader("In-Reply-To")).containsExactly(id);
    assertThat(answer.getHeader("References")[0]).contains(id);
    assertThat(answer.getHeader("Auto-Submitted")).containsExactly("auto-replied");
    assertThat(MailboxFixtures.attachmentNames(answer))
        .containsExactly(MailboxFixtures.SEED_001.getFileName().toString());
    String name = MailboxFixtures.SEED_001.getFileName().toString();
    assertThat(instance.mailFolder().archive().resolve(name)).exists();
    assertThat(instance.mailFolder().out().resolve(name)).exists();
    assertThat(mail.countIn("INBOX")).isZero();
  }

  @Test
  void withTheReportOnTheAnswerCarriesTheReportDraftToo() throws Exception {
    instance.close();
    instance = mail.watcherIn(temp, org.scorebook.model.Outcome.OutputKind.REPORT);
    mail.deliver(ZHANG, Attachment.of(MailboxFixtures.SEED_001));

    MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.DONE_FOLDER) == 1);

    String stem = "2017年合作交流综合信息服务平台建设运维项目";
    assertThat(MailboxFixtures.attachmentNames(mail.answersTo(ZHANG).get(0)))
        .containsExactly(stem + ".xlsx", stem + ".评价报告.docx");
  }

  @Test
  void threeWorkbooksWithChineseNamesInBothEncodingsGetOneAnswerEach() throws Exception {
    mail.deliver(
        ZHANG,
        Attachment.of(MailboxFixtures.SEED_001),
        Attachment.rfc2047("视频会议项目自评.xlsx", MailboxFixtures.SEED_002),
        Attachment.of(MailboxFixtures.WITH_MISTAKES));

    MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.DONE_FOLDER) == 1);
    instance.watcher.poll();

    List<MimeMessage> answers = mail.answersTo(ZHANG);
    assertThat(answers).hasSize(3);
    List<String> attached =
        answers.stream()
            .flatMap(
                m -> {
                  try {
                    return MailboxFixtures.attachmentNames(m).stream();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toList();
    assertThat(attached)
        .containsExactlyInAnyOrder(
            MailboxFixtures.SEED_001.getFileName().toString(), "视频会议项目自评.xlsx", "带错误示例.已标注.xlsx");
    assertThat(answers.stream().map(this::subject)).anyMatch(s -> s.contains("个错误，请修改后重新提交"));
    assertThat(instance.mailFolder().archive().resolve("视频会议项目自评.xlsx")).exists();
    assertThat(instance.mailFolder().failed().resolve("带错误示例.xlsx")).exists();
  }

  @Test
  void aWorkbookMailedAgainUnderTheSameNameIsAnsweredAgainUnderAFreeName() throws Exception {
    String name = MailboxFixtures.SEED_001.getFileName().toString();
    mail.deliver(ZHANG, Attachment.of(MailboxFixtures.SEED_001));
    MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.DONE_FOLDER) == 1);

    mail.deliver(ZHANG, Attachment.of(MailboxFixtures.SEED_001));
    MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.DONE_FOLDER) == 2);

    assertThat(mail.answersTo(ZHANG)).hasSize(2);
    String second = name.replace(".xlsx", " (2).xlsx");
    assertThat(instance.mailFolder().archive().resolve(name)).exists();
    assertThat(instance.mailFolder().archive().resolve(second)).exists();
    assertThat(MailboxFixtures.attachmentNames(mail.answersTo(ZHANG).get(1)))
        .containsExactly(second);
  }

  @Test
  void theAnswerGoesToTheReplyToAddressWhenTheMessageHasOne() throws Exception {
    MimeMessage message = MailboxFixtures.message(ZHANG, Attachment.of(MailboxFixtures.SEED_001));
    message.setReplyTo(new InternetAddress[] {new InternetAddress("office@county.test")});
    message.saveChanges();
    mail.user.deliver(message);

    MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.DONE_FOLDER) == 1);

    assertThat(mail.answersTo("office@county.test")).hasSize(1);
    assertThat(mail.answersTo(ZHANG)).isEmpty();
  }

  @Test
  void aMessageWithoutAWorkbookGetsOneShortNote() throws Exception {
    mail.deliver(ZHANG);

    MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.DONE_FOLDER) == 1);
    instance.watcher.poll();
    instance.watcher.poll();

    List<MimeMessage> answers = mail.answersTo(ZHANG);
    assertThat(answers).hasSize(1);
    assertThat(MailboxFixtures.text(answers.get(0))).contains("没有找到工作簿附件", ".xlsx");
    assertThat(MailboxFixtures.attachmentNames(answers.get(0))).isEmpty();
  }

  @Test
  void aSenderNotAllowedIsMovedAsideAndNotAnswered() throws Exception {
    mail.deliver("stranger@elsewhere.test", Attachment.of(MailboxFixtures.SEED_001));

    MailboxFixtures.pollUntil(instance, () -> mail.countIn(MailIntake.REFUSED_FOLDER) == 1);
    instance.watcher.poll();

    assertThat(mail.answersTo("stranger@elsewhere.test")).isEmpty();
    assertThat(mail.countIn("INBOX")).isZero();
    assertThat(instance.mailFolder().archive()).isEmptyDirectory();
  }

  private String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
