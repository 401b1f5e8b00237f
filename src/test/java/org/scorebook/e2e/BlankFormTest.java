package org.scorebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.SelfEvaluationForms.Leaf;

/** A self-evaluation form that nobody has filled in yet gives one message saying so. */
class BlankFormTest {
  private static final String EMPTY = "这张项目支出绩效自评表还是空白的";

  @TempDir Path temp;

  private CliAccess.Result process(Path file) {
    return CliAccess.run("process", file.toString(), "--out", temp.resolve("out").toString());
  }

  @Test
  void theBlankTemplateGivesOneMessageThatTheFormIsEmpty() {
    Path blank = temp.resolve("自评表.xlsx");
    assertThat(CliAccess.run("template", "--kind", "自评表", "--out", blank.toString()).status())
        .isZero();

    CliAccess.Result result = process(blank);

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out().lines()).singleElement().asString().contains("无法评分：" + EMPTY);
  }

  @Test
  void aBlankNationalFormWithPlaceholderIndicatorsGivesOneMessageNotAnErrorPerRow() {
    List<Leaf> placeholders =
        IntStream.rangeClosed(1, 3)
            .mapToObj(i -> new Leaf("产出指标", "数量指标", "指标" + i + "：", null, null, null, null, null))
            .toList();
    Path file =
        SelfEvaluationForms.form()
            .projectName("")
            .funds(null, null)
            .leaves(placeholders)
            .saveTo(temp.resolve("空白自评表.xlsx"));

    CliAccess.Result result = process(file);

    assertThat(result.out()).contains(EMPTY).doesNotContain("不是有效的数字", "不能为空");
    assertThat(result.out().lines()).hasSize(1);
  }
}
