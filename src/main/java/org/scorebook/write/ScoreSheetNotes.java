package org.scorebook.write;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.scorebook.model.Findings;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Severity;
import org.scorebook.model.Text;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;

/**
 * The text parts of the score sheet: the project block, the findings, the messages and the footer.
 */
final class ScoreSheetNotes {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Map<String, String> PROJECT_TEXTS =
      Map.of(
          ProjectInfo.NAME, "scoresheet.project.name",
          ProjectInfo.UNIT, "scoresheet.project.unit",
          ProjectInfo.DEPARTMENT, "scoresheet.project.department",
          ProjectInfo.EVALUATOR, "scoresheet.project.evaluator",
          ProjectInfo.YEAR, "scoresheet.project.year");
  private static final Map<String, String> FINDING_TEXTS =
      Map.of(
          Findings.ACHIEVEMENTS, "scoresheet.findings.achievements",
          Findings.PROBLEMS, "scoresheet.findings.problems",
          Findings.SUGGESTIONS, "scoresheet.findings.suggestions",
          Findings.RECTIFICATION, "scoresheet.findings.rectification");
  private static final Look ERROR_KIND = ScoreSheetGrid.CENTERED.fill(Fill.ERROR);
  private static final Look WARNING_KIND = ScoreSheetGrid.CENTERED.fill(Fill.WARNING);

  private final ScoreSheetGrid grid;
  private final Scorecard card;

  ScoreSheetNotes(ScoreSheetGrid grid, Scorecard card) {
    this.grid = grid;
    this.card = card;
  }

  // 项目信息

  /** Label | value rows: the project's facts, amounts as numbers and the budget execution rate. */
  void project() {
    ProjectInfo project = card.evaluation().project();
    for (String label :
        List.of(
            ProjectInfo.NAME,
            ProjectInfo.UNIT,
            ProjectInfo.DEPARTMENT,
            ProjectInfo.EVALUATOR,
            ProjectInfo.YEAR)) {
      String value = project.field(label);
      if (!value.isBlank() || label.equals(ProjectInfo.NAME)) {
        labelled(Text.get(PROJECT_TEXTS.get(label))).text(value);
      }
    }
    amount("scoresheet.project.budget", project.budget(), project.field(ProjectInfo.BUDGET));
    amount("scoresheet.project.spending", project.spending(), project.field(ProjectInfo.SPENDING));
    if (project.budget().isValue()
        && project.spending().isValue()
        && project.budget().value() > 0) {
      labelled(Text.get("scoresheet.project.executionRate"))
          .number(project.spending().value() / project.budget().value(), ScoreSheetGrid.RATE);
    }
  }

  private void amount(String labelKey, NumberReading reading, String typed) {
    if (reading.isValue()) {
      labelled(Text.get(labelKey)).number(reading.value(), ScoreSheetGrid.AMOUNT);
    } else if (!typed.isBlank()) {
      labelled(Text.get(labelKey)).text(typed);
    }
  }

  /** A row with {@code label} in column A; the value goes into B to E, merged. */
  private ValueCell labelled(String label) {
    Row row = grid.newRow();
    grid.text(row, 0, label, ScoreSheetGrid.LABEL);
    return new ValueCell(row);
  }

  private final class ValueCell {
    private final Row row;

    ValueCell(Row row) {
      this.row = row;
    }

    void text(String value) {
      grid.merged(row, 1, ScoreSheetGrid.LAST, value, ScoreSheetGrid.TEXT);
    }

    void number(double value, Look look) {
      grid.merged(row, 1, ScoreSheetGrid.LAST, "", look.align(HorizontalAlignment.LEFT))
          .setCellValue(value);
    }
  }

  // 评价结论

  /** Whether any finding is filled in (the section is left out otherwise). */
  boolean hasFindings() {
    return Findings.LABELS.stream()
        .anyMatch(label -> !card.evaluation().findings().get(label).isBlank());
  }

  void findings() {
    Findings findings = card.evaluation().findings();
    for (String label : Findings.LABELS) {
      String text = findings.get(label).strip();
      if (!text.isEmpty()) {
        labelled(Text.get(FINDING_TEXTS.get(label))).text(text);
      }
    }
  }

  // 校验结果

  /** 序号 | 内容 | 类型 | 位置 | 指标 for every message, or a line saying there are none. */
  void messages() {
    List<Message> messages = card.messages();
    if (messages.isEmpty()) {
      grid.line(Text.get("scoresheet.msg.none"), ScoreSheetGrid.TEXT);
      return;
    }
    Row header = grid.newRow();
    List<String> titles =
        List.of(
            "scoresheet.msg.index",
            "scoresheet.msg.text",
            "scoresheet.msg.kind",
            "scoresheet.msg.where",
            "scoresheet.msg.code");
    for (int c = 0; c < titles.size(); c++) {
      grid.text(header, c, Text.get(titles.get(c)), ScoreSheetGrid.HEADER);
    }
    for (int i = 0; i < messages.size(); i++) {
      messageRow(i + 1, messages.get(i));
    }
  }

  private void messageRow(int index, Message message) {
    Row row = grid.newRow();
    grid.number(row, 0, index, ScoreSheetGrid.CENTERED);
    grid.text(row, 1, message.text(), ScoreSheetGrid.TEXT);
    grid.fit(row, message.text(), 1, 1, Look.BODY_POINTS);
    grid.text(
        row,
        2,
        message.severity().label(),
        message.severity() == Severity.ERROR ? ERROR_KIND : WARNING_KIND);
    grid.text(row, 3, message.where().toString(), ScoreSheetGrid.TEXT);
    grid.fit(row, message.where().toString(), 3, 3, Look.BODY_POINTS);
    grid.text(row, 4, message.code(), ScoreSheetGrid.TEXT);
  }

  // Footer

  void footer(String version, ZonedDateTime writtenAt) {
    List<String> parts = new ArrayList<>();
    parts.add(Text.get("scoresheet.footer.source", card.evaluation().source()));
    parts.add(Text.get("scoresheet.footer.time", TIME.format(writtenAt)));
    parts.add(Text.get("scoresheet.footer.version", version));
    grid.line(String.join(Text.get("scoresheet.footer.separator"), parts), ScoreSheetGrid.SMALL);
  }
}
