package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.mail.MailReport.Status;
import org.scorebook.model.Outcome;

/** Result messages delivered to a real SMTP server (GreenMail) and read back part by part. */
class ResultMailDeliveryTest {
  @TempDir Path temp;
  private GreenMail server;
  private MailService mailer;

  @BeforeEach
  void start() throws Exception {
    int port = MailFixtures.freePort();
    server = MailFixtures.smtp(port);
    mailer =
        new MailService(MailFixtures.settings(port), temp.resolve("outbox"), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void scoredWorkbookArrivesWithSubjectBothBodiesAndTheOutputAttached() throws Exception {
    Outcome outcome = MailFixtures.scored(MailFixtures.SEED_001, temp.resolve("out"));

    MailReport report = mailer.mail(outcome, List.of("pingjia@example.com"));

    assertThat(report.status()).isEqualTo(Status.SENT);
    MimeMessage[] received = server.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage message = received[0];
    assertThat(message.getSubject())
        .isEqualTo("【绩效评价】" + outcome.scorecard().get().projectName() + " 87.12 分（良）");
    List<Part> leaves = leaves(message);
    Part text = find(leaves, "text/plain");
    Part html = find(leaves, "text/html");
    assertThat((String) text.getContent()).contains("87.12", "良", "指标\t满分值\t评价分值\t得分率");
    assertThat((String) html.getContent()).contains("<table", "<th>得分率</th>", "87.12");
    Part attachment = leaves.stream().filter(p -> isAttachment(p)).findFirst().orElseThrow();
    try (InputStream in = attachment.getInputStream()) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(outcome.workbook().get()));
    }
  }

  @Test
  void aReportWrittenBesideTheWorkbookIsAttachedAfterIt() throws Exception {
    Path out = Files.createDirectories(temp.resolve("report")).resolve("评价.xlsx");
    Outcome outcome =
        org.scorebook.Scorebook.process(
            MailFixtures.SEED_001, out, out, java.util.Set.of(Outcome.OutputKind.REPORT));

    mailer.mail(outcome, List.of("pingjia@example.com"));

    List<Part> attachments =
        leaves(server.getReceivedMessages()[0]).stream()
            .filter(ResultMailDeliveryTest::isAttachment)
            .toList();
    assertThat(attachments)
        .extracting(Part::getFileName)
        .containsExactly("评价.xlsx", "评价.评价报告.docx");
    try (InputStream in = attachments.get(1).getInputStream()) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(outcome.report().orElseThrow()));
    }
  }

  @Test
  void chineseAttachmentNameIsRfc2231EncodedAndDecodesBack() throws Exception {
    Outcome outcome = MailFixtures.scored(MailFixtures.SEED_001, temp.resolve("out"));

    mailer.mail(outcome, List.of("pingjia@example.com"));

    MimeMessage message = server.getReceivedMessages()[0];
    Part attachment =
        leaves(message).stream()
            .filter(ResultMailDeliveryTest::isAttachment)
            .findFirst()
            .orElseThrow();
    assertThat(attachment.getFileName()).isEqualTo("2017年合作交流综合信息服务平台建设运维项目.xlsx");
    String raw = GreenMailUtil.getWholeMessage(message);
    assertThat(raw).contains("filename*=UTF-8''");
    assertThat(raw.lines().mapToInt(String::length).max().orElse(0)).isLessThan(998);
  }

  @Test
  void workbookWithErrorsIsMailedBackAskingForAFix() throws Exception {
    Outcome outcome = MailFixtures.scored(MailFixtures.WITH_MISTAKES, temp.resolve("out"));
    long errors = outcome.scorecard().get().errorCount();

    mailer.mail(outcome, List.of("pingjia@example.com"));

    MimeMessage message = server.getReceivedMessages()[0];
    assertThat(message.getSubject())
        .endsWith("：有 " + errors + " 个错误，请修改后重新提交")
        .startsWith("【绩效评价】");
    String text = (String) find(leaves(message), "text/plain").getContent();
    assertThat(text).contains("个错误，未给出总分", "指标评分!");
  }

  @Test
  void goodAddressesDeliveredBadOnesRefusedAndNoHeaderInjected() throws Exception {
    Outcome outcome = MailFixtures.scored(MailFixtures.SEED_001, temp.resolve("out"));

    MailReport report =
        mailer.mail(
            outcome,
            List.of(
                "a@example.com",
                "a@b.com\nBcc: evil@x.com",
                "not an address",
                "B@Example.com",
                "a@example.com"));

    assertThat(report.status()).isEqualTo(Status.SENT);
    assertThat(report.recipients()).containsExactly("a@example.com", "b@example.com");
    assertThat(report.refused()).hasSize(2);
    assertThat(report.refused().get(0)).contains("换行或其他控制字符", "已跳过");
    assertThat(report.refused().get(1)).contains("「not an address」格式不对");
    MimeMessage[] received = server.getReceivedMessages();
    assertThat(received).hasSize(2); // one copy per envelope recipient, none for evil@x.com
    for (MimeMessage m : received) {
      assertThat(m.getHeader("Bcc")).isNull();
      assertThat(GreenMailUtil.getWholeMessage(m)).doesNotContain("evil@x.com");
    }
  }

  @Test
  void testMessageIsDelivered() throws Exception {
    mailer.sendTest("check@example.com");

    MimeMessage[] received = server.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).contains("邮件设置测试");
  }

  static List<Part> leaves(Part part) throws Exception {
    List<Part> leaves = new ArrayList<>();
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        leaves.addAll(leaves(child));
      }
    } else {
      leaves.add(part);
    }
    return leaves;
  }

  private static Part find(List<Part> leaves, String type) throws Exception {
    for (Part p : leaves) {
      if (p.isMimeType(type) && !isAttachment(p)) {
        return p;
      }
    }
    throw new AssertionError("no " + type);
  }

  static boolean isAttachment(Part part) {
    try {
      return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
    } catch (Exception e) {
      return false;
    }
  }

  static String decoded(String text) throws Exception {
    return MimeUtility.decodeText(text);
  }
}
