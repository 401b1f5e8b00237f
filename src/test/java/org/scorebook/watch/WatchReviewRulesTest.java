package org.scorebook.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.watch.WatchFixtures.names;
import static org.scorebook.watch.WatchFixtures.settled;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.testing.Checklists;
import org.scorebook.testing.Checklists.Rule;
import org.scorebook.testing.TargetForms;

/**
 * A reviewers' checklist kept in the inbox as 审核口径.xlsx: watch reviews declarations by it too, and
 * leaves it where it is instead of taking it as a submission.
 */
class WatchReviewRulesTest {
  private static final List<Rule> RULES =
      List.of(
          new Rule("C06", "政策依据", "正则匹配", "政策依据", "政策依据不规范", "政策依据应写明文件全称并加书名号", "^\\《.+\\》", ""),
          new Rule("C09", "年度目标", "人工", "年度目标", "年度目标不明确", "年度目标应明确、可衡量", "无", ""));

  @TempDir Path inbox;

  @Test
  void theInboxsOwnChecklistIsAppliedAndStaysInTheInbox() throws Exception {
    settled(Checklists.save(inbox.resolve(DropFolder.RULES_NAME), RULES));
    settled(
        TargetForms.saveAll(
            inbox.resolve("申报表.xlsx"), List.of(TargetForms.local().policy("关于加快发展养老服务业的实施意见"))));

    CliAccess.Result run = CliAccess.run("watch", inbox.toString(), "--once");

    assertThat(run.out())
        .as(run.out() + run.err())
        .contains("审核口径 审核口径.xlsx：共 2 条规则，其中 1 条由程序按正则表达式审核", "共处理 1 个");
    assertThat(names(inbox)).containsExactly(DropFolder.RULES_NAME);
    assertThat(names(inbox.resolve(DropFolder.OUT_NAME))).containsExactly("申报表.xlsx");

    assertThat(summaryTexts(inbox.resolve(DropFolder.OUT_NAME).resolve("申报表.xlsx")))
        .anyMatch(text -> text.contains("政策依据应写明文件全称并加书名号"))
        .anyMatch(text -> text.contains("人工审核事项（审核口径）：C09 年度目标"));
  }

  /** The texts of the output's first sheet, the review summary listing every finding. */
  private static List<String> summaryTexts(Path workbook) throws Exception {
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

  @Test
  void withoutAChecklistTheInboxIsWatchedAsBefore() throws Exception {
    settled(
        TargetForms.saveAll(
            inbox.resolve("申报表.xlsx"), List.of(TargetForms.local().policy("关于加快发展养老服务业的实施意见"))));

    CliAccess.Result run = CliAccess.run("watch", inbox.toString(), "--once");

    assertThat(run.out()).as(run.out() + run.err()).doesNotContain("审核口径").contains("共处理 1 个");
    assertThat(names(inbox)).isEmpty();
  }
}
