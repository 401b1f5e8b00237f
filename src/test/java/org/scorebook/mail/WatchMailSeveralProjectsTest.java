package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.cli.CliAccess.Result;
import org.scorebook.testing.ThreeProjectWorkbook;

/**
 * {@code watch --mail} and {@code mail flush} with a workbook of three projects, one with errors:
 * one mail for the workbook, every project listed, the report of each clean project attached.
 */
class WatchMailSeveralProjectsTest {
  private static final List<String> ATTACHED =
      List.of("单位.已标注.xlsx", "项目甲.评价报告.docx", "项目乙.评价报告.docx");

  @TempDir Path temp;

  private Map<String, String> env(int port) {
    return Map.of(
        "SCOREBOOK_SMTP_HOST",
        "127.0.0.1",
        "SCOREBOOK_SMTP_PORT",
        Integer.toString(port),
        "SCOREBOOK_MAIL_FROM",
        MailFixtures.FROM);
  }

  private Result watch(int port, Path inbox) throws Exception {
    return CliAccess.runWithEnv(
        env(port),
        "watch",
        inbox.toString(),
        "--once",
        "--report",
        "--mail-to",
        "unit@example.com",
        "--config",
        Files.writeString(temp.resolve("empty.properties"), "").toString(),
        "--outbox",
        temp.resolve("outbox").toString());
  }

  private Path inboxWithTheWorkbook() throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("收件箱"));
    ThreeProjectWorkbook.saveTo(inbox.resolve("单位.xlsx"));
    return inbox;
  }

  @Test
  void theMailListsEveryProjectAndAttachesTheReportOfEachCleanOne() throws Exception {
    int port = MailFixtures.freePort();
    Path inbox = inboxWithTheWorkbook();
    GreenMail server = MailFixtures.smtp(port);
    try {
      Result r = watch(port, inbox);

      assertThat(r.status()).as(r.err()).isEqualTo(1);
      assertThat(r.out())
          .contains("✗ 单位.xlsx：3 个项目：2 个已评分，1 个有错误")
          .contains(
              "  ✓ 「项目一」项目甲：96.16 分（优），2 条提示；评价报告 → " + Path.of("待修改", "单位.评价报告", "项目甲.评价报告.docx"))
          .contains("✓ 「项目二」项目乙：96.16 分（优）")
          .contains("✗ 「项目三」项目丙：")
          .contains("已发送给 unit@example.com");
      assertThat(server.getReceivedMessages()).hasSize(1);
      assertListsThreeProjectsWithTwoReports(server.getReceivedMessages()[0]);
    } finally {
      server.stop();
    }
    Path reports = inbox.resolve("待修改").resolve("单位.评价报告");
    assertThat(Files.list(reports).map(p -> p.getFileName().toString()).sorted())
        .containsExactly("项目乙.评价报告.docx", "项目甲.评价报告.docx");
  }

  @Test
  void aMailQueuedWhileTheServerWasDownGoesOutWithEveryReportOnFlush() throws Exception {
    int port = MailFixtures.freePort();
    Path inbox = inboxWithTheWorkbook();

    Result down = watch(port, inbox);

    assertThat(down.out()).contains("暂时无法发送");
    GreenMail server = MailFixtures.smtp(port);
    try {
      Result flush =
          CliAccess.runWithEnv(
              env(port),
              "mail",
              "flush",
              "--config",
              temp.resolve("empty.properties").toString(),
              "--outbox",
              temp.resolve("outbox").toString());

      assertThat(flush.status()).as(flush.err()).isZero();
      assertThat(server.getReceivedMessages()).hasSize(1);
      assertListsThreeProjectsWithTwoReports(server.getReceivedMessages()[0]);
    } finally {
      server.stop();
    }
  }

  static void assertListsThreeProjectsWithTwoReports(MimeMessage mail) throws Exception {
    assertThat(MimeUtility.decodeText(mail.getSubject()))
        .isEqualTo("【绩效评价】单位：3 个项目中 1 个有错误，请修改后重新提交");
    List<Part> leaves = ResultMailDeliveryTest.leaves(mail);
    String text = plainText(leaves);
    assertThat(text)
        .contains("工作簿中有 3 个项目：2 个已评分，1 个有错误。")
        .contains("项目：项目甲（工作表「项目一」）")
        .contains("项目：项目乙（工作表「项目二」）")
        .contains("项目：项目丙（工作表「项目三」）")
        .contains("这个项目有 ")
        .contains("评价报告草稿见附件：「项目甲.评价报告.docx」、「项目乙.评价报告.docx」");
    assertThat(text.split("总分：96.16 分，等级：优", -1)).hasSize(3);
    List<String> attached = new ArrayList<>();
    for (Part part : leaves) {
      if (ResultMailDeliveryTest.isAttachment(part)) {
        attached.add(MimeUtility.decodeText(part.getFileName()));
      }
    }
    assertThat(attached).containsExactlyElementsOf(ATTACHED);
  }

  private static String plainText(List<Part> leaves) throws Exception {
    for (Part part : leaves) {
      if (part.isMimeType("text/plain") && !ResultMailDeliveryTest.isAttachment(part)) {
        return (String) part.getContent();
      }
    }
    throw new AssertionError("no plain text");
  }
}
