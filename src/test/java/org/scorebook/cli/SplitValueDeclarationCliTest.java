package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.TargetForms.split;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.TargetForms;
import org.scorebook.testing.TargetForms.LocalLine;

/**
 * A declaration whose 指标值 is split over 计算符号, 指标值 and 计量单位, processed from the command line with
 * {@code --json}: its findings name the value as one would type it, at the value's cell.
 */
class SplitValueDeclarationCliTest {
  @TempDir Path folder;

  @Test
  void aSplitValueDeclarationIsReviewedWithItsFindingsAtTheValueCells() {
    Path input =
        TargetForms.saveAll(
            folder.resolve("三栏申报表.xlsx"),
            List.of(
                TargetForms.local()
                    .sheetName("1.社区养老护理员培训")
                    .splitValues("计算符号", "指标值", "计量单位")
                    .lines(
                        List.of(
                            new LocalLine("产出", "数量", "培训人次", split("≥", 500, "人次"), "全年培训的人次"),
                            new LocalLine("产出", "质量", "培训合格率", split("≥", 95, "%"), "考核合格的比例"),
                            new LocalLine(
                                "产出", "时效", "培训完成时间", split("", "2023年11月底前", ""), "完成培训的时间"),
                            new LocalLine("产出", "成本", "项目总成本", split("≥", 48.14, "万元"), "全年支出总额"),
                            new LocalLine(
                                "效益", "社会效益", "护理服务水平", split("定性", "显著提升", ""), "服务水平的变化"),
                            new LocalLine(
                                "满意度", "服务对象满意度", "参训人员满意度", split("≥", 70, "%"), "问卷调查的比例")))));

    CliRunner.Result run =
        CliRunner.run(
            "process", input.toString(), "--out", folder.resolve("out").toString(), "--json");

    assertThat(run.status()).as(run.err()).isEqualTo(Cli.PROBLEMS);
    JsonObject project = JsonParser.parseString(run.out().strip()).getAsJsonObject();
    assertThat(project.get("kind").getAsString()).isEqualTo("target-declaration");
    assertThat(project.get("review").getAsBoolean()).isTrue();
    assertThat(project.get("project").getAsString()).isEqualTo("政府购买服务（社区养老护理员培训）");
    assertThat(project.get("grade").getAsString()).isEqualTo("中");
    assertThat(project.get("errors").getAsInt()).isEqualTo(1);
    assertThat(project.get("warnings").getAsInt()).isEqualTo(1);
    assertThat(messages(project.getAsJsonArray("messages")))
        .hasSize(2)
        .satisfiesExactly(
            cost -> assertThat(cost).startsWith("error E16 项目总成本 ").contains("「≥48.14万元」"),
            satisfaction ->
                assertThat(satisfaction).startsWith("warning E18 参训人员满意度 ").contains("「≥70%」"));
  }

  private static List<String> messages(JsonArray messages) {
    return StreamSupport.stream(messages.spliterator(), false)
        .map(JsonElement::getAsJsonObject)
        .map(
            m ->
                String.join(
                    " ",
                    m.get("severity").getAsString(),
                    m.get("cell").getAsString(),
                    m.get("code").getAsString(),
                    m.get("text").getAsString()))
        .toList();
  }
}
