package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.cli.CliAccess.Result;
import org.scorebook.testing.TestWorkbooks;

/**
 * {@code process --mail} sends to the workbook's 联系邮箱, and workbook text is escaped in the HTML
 * body.
 */
class WorkbookTextInMailTest {
  @TempDir Path temp;

  @Test
  void contactAddressFromTheWorkbookGetsAnEscapedHtmlBody() throws Exception {
    Path workbook =
        TestWorkbooks.template()
            .project("项目名称", "<b>维护</b> & \"升级\"")
            .project("联系邮箱", "pm@example.com")
            .saveTo(temp.resolve("评价.xlsx"));
    Files.writeString(temp.resolve("empty.properties"), "");
    int port = MailFixtures.freePort();
    GreenMail server = MailFixtures.smtp(port);
    try {
      Result r =
          CliAccess.runWithEnv(
              Map.of(
                  "SCOREBOOK_SMTP_HOST",
                  "127.0.0.1",
                  "SCOREBOOK_SMTP_PORT",
                  Integer.toString(port),
                  "SCOREBOOK_MAIL_FROM",
                  MailFixtures.FROM),
              "process",
              workbook.toString(),
              "--out",
              temp.resolve("out").toString(),
              "--mail",
              "--config",
              temp.resolve("empty.properties").toString(),
              "--outbox",
              temp.resolve("outbox").toString());

      assertThat(r.out()).contains("已发送给 pm@example.com");
      MimeMessage message = server.getReceivedMessages()[0];
      assertThat(message.getSubject()).startsWith("【绩效评价】<b>维护</b> & \"升级\"");
      String html = null;
      for (Part p : ResultMailDeliveryTest.leaves(message)) {
        if (p.isMimeType("text/html")) {
          html = (String) p.getContent();
        }
      }
      assertThat(html)
          .contains("&lt;b&gt;维护&lt;/b&gt; &amp; &quot;升级&quot;")
          .doesNotContain("<b>维护");
    } finally {
      server.stop();
    }
  }
}
