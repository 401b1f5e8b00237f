package org.scorebook.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.mailbox.MailboxFixtures.ZHANG;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.cli.CliAccess.Result;
import org.scorebook.mailbox.MailboxFixtures.Attachment;
import org.scorebook.testing.Checklists;
import org.scorebook.testing.TargetForms;
import org.scorebook.testing.ThreeProjectWorkbook;
import org.scorebook.watch.DropFolder;

/** {@code mail test} checks the mailbox too; {@code watch --imap} reads the same settings. */
class MailboxCommandLineTest {
  @TempDir Path temp;
  private MailboxFixtures mail;

  @BeforeEach
  void start() throws Exception {
    mail = new MailboxFixtures();
  }

  @AfterEach
  void stop() {
    mail.close();
  }

  /** SMTP from the environment, the mailbox from the settings file. */
  private Map<String, String> env() {
    return Map.of(
        "SCOREBOOK_SMTP_HOST",
        "127.0.0.1",
        "SCOREBOOK_SMTP_PORT",
        Integer.toString(mail.smtpPort),
        "SCOREBOOK_MAIL_FROM",
        MailboxFixtures.FROM);
  }

  private Path config(String password, String folder) throws Exception {
    return Files.writeString(
        temp.resolve("mail.properties"),
        String.join(
            "\n",
            "imap.host=127.0.0.1",
            "imap.port=" + mail.imapPort,
            "imap.security=plain",
            "imap.user=" + MailboxFixtures.MAILBOX,
            "imap.password=" + password,
            "imap.folder=" + folder,
            "imap.allow=@county.test, boss@czj.test",
            ""));
  }

  private Result mailTest(Path config) {
    return CliAccess.runWithEnv(
        env(),
        "mail",
        "test",
        "check@example.com",
        "--config",
        config.toString(),
        "--outbox",
        temp.resolve("outbox").toString());
  }

  @Test
  void mailTestLogsInToTheMailboxAndOpensItsFolder() throws Exception {
    Result r = mailTest(config(MailboxFixtures.PASSWORD, "INBOX"));

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("测试邮件已发送给 check@example.com")
        .contains("收件邮箱：已登录 " + MailboxFixtures.MAILBOX + "@127.0.0.1:" + mail.imapPort)
        .contains("文件夹「INBOX」中有 0 封邮件");
  }

  @Test
  void mailTestWithAWrongMailboxPasswordFailsWithExit1InChinese() throws Exception {
    Result r = mailTest(config("wrong", "INBOX"));

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("无法读取收件邮箱", "用户名或密码不对");
  }

  @Test
  void mailTestWithAMissingFolderNamesIt() throws Exception {
    Result r = mailTest(config(MailboxFixtures.PASSWORD, "评价收件"));

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("没有文件夹「评价收件」");
  }

  @Test
  void watchImapOnceAnswersAMailedWorkbookWithSettingsFromTheEnvironment() throws Exception {
    mail.deliver(ZHANG, Attachment.of(MailboxFixtures.SEED_001));
    Path inbox = Files.createDirectories(temp.resolve("收件箱"));
    Map<String, String> env = new HashMap<>(env());
    env.put("SCOREBOOK_IMAP_HOST", "127.0.0.1");
    env.put("SCOREBOOK_IMAP_PORT", Integer.toString(mail.imapPort));
    env.put("SCOREBOOK_IMAP_SECURITY", "plain");
    env.put("SCOREBOOK_IMAP_USER", MailboxFixtures.MAILBOX);
    env.put("SCOREBOOK_IMAP_PASSWORD", MailboxFixtures.PASSWORD);
    env.put("SCOREBOOK_IMAP_ALLOW", ZHANG);
    Path config = Files.writeString(temp.resolve("empty.properties"), "# nothing\n");

    Result r =
        CliAccess.runWithEnv(
            env,
            "watch",
            inbox.toString(),
            "--imap",
            "--once",
            "--config",
            config.toString(),
            "--outbox",
            temp.resolve("outbox").toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("收到 " + ZHANG + " 的邮件：1 个工作簿", "已发送给 " + ZHANG);
    assertThat(mail.answersTo(ZHANG)).hasSize(1);
    assertThat(mail.countIn(MailIntake.DONE_FOLDER)).isEqualTo(1);
  }

  @Test
  void aMailedInWorkbookOfThreeProjectsIsAnsweredListingEachWithTheTwoReports() throws Exception {
    Path workbook = ThreeProjectWorkbook.saveTo(temp.resolve("单位.xlsx"));
    mail.deliver(ZHANG, Attachment.of(workbook));
    Path inbox = Files.createDirectories(temp.resolve("收件箱"));

    Result r =
        CliAccess.runWithEnv(
            env(),
            "watch",
            inbox.toString(),
            "--imap",
            "--once",
            "--report",
            "--config",
            config(MailboxFixtures.PASSWORD, "INBOX").toString(),
            "--outbox",
            temp.resolve("outbox").toString());

    assertThat(r.out()).as(r.err()).contains("已发送给 " + ZHANG);
    assertThat(mail.answersTo(ZHANG)).hasSize(1);
    MimeMessage answer = mail.answersTo(ZHANG).get(0);
    assertThat(answer.getSubject()).isEqualTo("【绩效评价】单位：3 个项目中 1 个有错误，请修改后重新提交");
    assertThat(plainText(answer))
        .contains("工作簿中有 3 个项目：2 个已评分，1 个有错误。")
        .contains("项目：项目甲（工作表「项目一」）", "项目：项目乙（工作表「项目二」）", "项目：项目丙（工作表「项目三」）")
        .contains("评价报告草稿见附件：「项目甲.评价报告.docx」、「项目乙.评价报告.docx」");
    assertThat(MailboxFixtures.attachmentNames(answer))
        .containsExactly("单位.已标注.xlsx", "项目甲.评价报告.docx", "项目乙.评价报告.docx");
    Path reports = inbox.resolve(MailboxWatch.FOLDER_NAME).resolve("待修改").resolve("单位.评价报告");
    try (Stream<Path> files = Files.list(reports)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("项目甲.评价报告.docx", "项目乙.评价报告.docx");
    }
  }

  @Test
  void aMailedInDeclarationIsReviewedByTheInboxsOwnChecklistToo() throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("收件箱"));
    Checklists.save(
        inbox.resolve(DropFolder.RULES_NAME),
        List.of(
            new Checklists.Rule(
                "C06", "政策依据", "正则匹配", "政策依据", "政策依据不规范", "政策依据应写明文件全称并加书名号", "^\\《.+\\》", "")));
    Path declaration =
        TargetForms.saveAll(
            temp.resolve("申报表.xlsx"), List.of(TargetForms.local().policy("关于加快发展养老服务业的实施意见")));
    mail.deliver(ZHANG, Attachment.of(declaration));

    Result r =
        CliAccess.runWithEnv(
            env(),
            "watch",
            inbox.toString(),
            "--imap",
            "--once",
            "--config",
            config(MailboxFixtures.PASSWORD, "INBOX").toString(),
            "--outbox",
            temp.resolve("outbox").toString());

    assertThat(r.out()).as(r.err()).contains("已发送给 " + ZHANG);
    Path reviewed =
        inbox.resolve(MailboxWatch.FOLDER_NAME).resolve(DropFolder.OUT_NAME).resolve("申报表.xlsx");
    assertThat(firstSheetTexts(reviewed)).anyMatch(text -> text.contains("政策依据应写明文件全称并加书名号"));
  }

  private static List<String> firstSheetTexts(Path workbook) throws Exception {
    List<String> texts = new ArrayList<>();
    try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
      for (Row row : book.getSheetAt(0)) {
        for (Cell cell : row) {
          texts.add(new DataFormatter().formatCellValue(cell));
        }
      }
    }
    return texts;
  }

  /** The plain-text body of a result mail (inside its multipart/alternative). */
  private static String plainText(Part part) throws Exception {
    if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = plainText(multipart.getBodyPart(i));
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return "";
  }

  @Test
  void watchImapWithoutMailboxSettingsIsAUsageError() throws Exception {
    Path config = Files.writeString(temp.resolve("empty.properties"), "# nothing\n");

    Result r =
        CliAccess.runWithEnv(
            env(), "watch", temp.toString(), "--imap", "--once", "--config", config.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("没有收件邮箱设置", "imap.host");
  }
}
