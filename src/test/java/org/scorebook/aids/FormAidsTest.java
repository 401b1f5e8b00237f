package org.scorebook.aids;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.model.Outcome;
import org.scorebook.samples.SampleFiles;

/**
 * The Excel aids a processed self-evaluation form carries, read from the sheet's XML: they cover
 * the rows the template's cover, down to the 总分 row, and say what a form's 分值 is.
 */
class FormAidsTest {
  private static final Pattern VALIDATION =
      Pattern.compile("<dataValidation [^>]*sqref=\"([^\"]*)\"[^>]*>");
  private static final Pattern FORMAT =
      Pattern.compile("<conditionalFormatting sqref=\"([^\"]*)\"");
  private static final Pattern PROMPT = Pattern.compile("prompt=\"([^\"]*)\"");

  @TempDir Path temp;

  private String formSheet(Path workbook) throws Exception {
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      // 评分汇总 goes first; the form keeps its part, sheet1.
      return new String(
          zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static List<String> all(Pattern pattern, String xml) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(xml);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private Path processed() {
    Path out = temp.resolve("已评分.xlsx");
    Outcome outcome = Scorebook.process(SampleFiles.SELF_EVALUATION, out);
    assertThat(outcome.scorecard().orElseThrow().hasErrors()).isFalse();
    return out;
  }

  @Test
  void validationsAndFormatsRunDownToTheRowAboveTotalAsTheTemplatesDo() throws Exception {
    String template = formSheet(SampleFiles.SELF_EVALUATION);
    assertThat(all(VALIDATION, template)).contains("F13:F30");

    String output = formSheet(processed());

    assertThat(all(VALIDATION, output)).contains("F13:F30", "G13:G30", "H13:H30");
    assertThat(all(FORMAT, output)).contains("H13:H30", "I13:I30");
  }

  @Test
  void theFullPromptOfAFormAsksOnlyForItsLeavesFull() throws Exception {
    String output = formSheet(processed());

    Matcher full = Pattern.compile("<dataValidation [^>]*sqref=\"G13:G30\"[^>]*>").matcher(output);
    assertThat(full.find()).isTrue();
    Matcher prompt = PROMPT.matcher(full.group());
    assertThat(prompt.find()).isTrue();
    assertThat(prompt.group(1)).contains("三级指标").doesNotContain("留空").doesNotContain("下级之和");
  }
}
