package org.scorebook.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file name from mail is made one safe file name, never a path. */
class AttachmentNamesTest {
  @Test
  void foldersInTheNameAreDropped() {
    assertThat(Attachments.safeName("..\\..\\Windows\\评价.xlsx", 1)).isEqualTo("评价.xlsx");
    assertThat(Attachments.safeName("/etc/cron.d/评价.XLSX", 1)).isEqualTo("评价.xlsx");
  }

  @Test
  void charactersWindowsRefusesAndLeadingDotsAreReplacedOrRemoved() {
    assertThat(Attachments.safeName("a<b>c:d\"e|f?g*h\u0007.xlsx", 1))
        .isEqualTo("a_b_c_d_e_f_g_h_.xlsx");
    assertThat(Attachments.safeName("...隐藏 .xlsx", 1)).isEqualTo("隐藏.xlsx");
    assertThat(Attachments.safeName("CON.xlsx", 1)).isEqualTo("_CON.xlsx");
    assertThat(Attachments.safeName(".xlsx", 3)).isEqualTo("附件3.xlsx");
  }

  @Test
  void aLongNameIsCutToAHundredBytesOfWholeCharacters() {
    String name = Attachments.safeName("很".repeat(200) + ".xlsx", 1);

    assertThat(name).endsWith(".xlsx");
    String stem = name.substring(0, name.length() - ".xlsx".length());
    assertThat(stem.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(100);
    assertThat(stem).matches("很+");
  }
}
