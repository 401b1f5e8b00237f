package org.scorebook.write;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.scorebook.model.CellRef;
import org.scorebook.model.Findings;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.PrintedForm;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Severity;
import org.scorebook.model.Text;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;

/**
 * The text parts of the score sheet: the project block, the findings, the self-evaluation form's
 * overall goal, the messages and the footer.
 */
final class ScoreSheetNotes {
  /** The 位置 of a message: a link to its cell. */
  private static final Look LINK = ScoreSheetGrid.TEXT.withLink();

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Map<String, String> PROJECT_TEXTS =
      Map.of(
          ProjectInfo.NAME, "scoresheet.project.name",
          ProjectInfo.UNIT, "scoresheet.project.unit",
          ProjectInfo.DEPARTMENT, "scoresheet.project.department",
          ProjectInfo.EVALUATOR, "scoresheet.project.evaluator",
          ProjectInfo.YEAR, "scoresheet.project.year",
          ProjectInfo.EVALUATOR_PERSON, "scoresheet.project.evaluatorPerson",
          ProjectInfo.PANEL_RULE, "scoresheet.project.panelRule");
  private static final Map<String, String> FINDING_TEXTS =
      Map.of(
          Findings.ACHIEVEMENTS, "scoresheet.findings.achievements",
          Findings.PROBLEMS, "scoresheet.findings.problems",
          Findings.SUGGESTIONS, "scoresheet.findings.suggestions",
          Findings.RECTIFICATION, "scoresheet.findings.rectification");
  private static final Look ERROR_KIND = ScoreSheetGrid.CENTERED.fill(Fill.ERROR);
  private static final Look WARNING_KIND = ScoreSheetGrid.CENTERED.fill(Fill.WARNING);
  private static final Look GOAL = ScoreSheetGrid.TEXT.top();

  private final ScoreSheetGrid grid;
  private final Scorecard card;

  ScoreSheetNotes(ScoreSheetGrid grid, Scorecard card) {
    this.grid = grid;
    this.card = card;
  }

  // 项目信息

  /** The project facts contract v1's score sheet shows, in its order. */
  static final List<String> CONTRACT_V1_FACTS =
      List.of(
          ProjectInfo.NAME,
          ProjectInfo.UNIT,
          ProjectInfo.DEPARTMENT,
          ProjectInfo.EVALUATOR,
          ProjectInfo.YEAR,
          ProjectInfo.EVALUATOR_PERSON,
          ProjectInfo.PANEL_RULE);

  /** The self-evaluation form's header block, in its order. */
  static final List<String> FORM_FACTS =
      List.of(
          ProjectInfo.NAME,
          ProjectInfo.DEPARTMENT,
          ProjectInfo.UNIT,
          ProjectInfo.YEAR,
          ProjectInfo.EVALUATOR_PERSON,
          ProjectInfo.PANEL_RULE);

  /** Label | value rows: the project's facts, amounts as numbers and the budget execution rate. */
  void project() {
    project(CONTRACT_V1_FACTS);
    ProjectInfo project = card.evaluation().project();
    amount("scoresheet.project.budget", project.budget(), project.field(ProjectInfo.BUDGET));
    amount("scoresheet.project.spending", project.spending(), project.field(ProjectInfo.SPENDING));
    card.executionRate()
        .ifPresent(
            rate ->
                labelled(Text.get("scoresheet.project.executionRate"))
                    .number(rate, ScoreSheetGrid.RATE));
  }

  /** Label | value rows for {@code labels}: those filled in, and the project name always. */
  void project(List<String> labels) {
    ProjectInfo project = card.evaluation().project();
    for (String label : labels) {
      String value = project.field(label);
      if (!value.isBlank() || label.equals(ProjectInfo.NAME)) {
        labelled(Text.get(PROJECT_TEXTS.get(label))).text(value);
      }
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
    int row = grid.newRow();
    grid.text(row, 0, label, ScoreSheetGrid.LABEL);
    return new ValueCell(row);
  }

  private final class ValueCell {
    private final int row;

    ValueCell(int row) {
      this.row = row;
    }

    void text(String value) {
      grid.merged(row, 1, grid.last(), value, ScoreSheetGrid.TEXT);
    }

    void number(double value, Look look) {
      grid.number(row, 1, grid.last(), value, look.align(HorizontalAlignment.LEFT));
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

  /**
   * Where the message table puts its five columns (序号, 内容, 类型, 位置, 指标): each from its start to the
   * next one's, the last to the grid's last column.
   */
  record MessageColumns(List<Integer> starts) {
    static final MessageColumns CONTRACT_V1 = new MessageColumns(List.of(0, 1, 2, 3, 4));

    MessageColumns {
      starts = List.copyOf(starts);
    }

    int from(int part) {
      return starts.get(part);
    }

    int to(int part, int last) {
      return part + 1 < starts.size() ? starts.get(part + 1) - 1 : last;
    }
  }

  /** 序号 | 内容 | 类型 | 位置 | 指标 for every message, or a line saying there are none. */
  void messages() {
    messages(MessageColumns.CONTRACT_V1, UnaryOperator.identity());
  }

  /**
   * The messages laid out as {@code columns} says, the indicator shown as {@code indicator} gives
   * it for the message's code.
   */
  void messages(MessageColumns columns, UnaryOperator<String> indicator) {
    List<Message> messages = card.messages();
    if (messages.isEmpty()) {
      grid.line(Text.get("scoresheet.msg.none"), ScoreSheetGrid.TEXT);
      return;
    }
    int header = grid.newRow();
    List<String> titles =
        List.of(
            "scoresheet.msg.index",
            "scoresheet.msg.text",
            "scoresheet.msg.kind",
            "scoresheet.msg.where",
            "scoresheet.msg.code");
    for (int part = 0; part < titles.size(); part++) {
      grid.merged(
          header,
          columns.from(part),
          columns.to(part, grid.last()),
          Text.get(titles.get(part)),
          ScoreSheetGrid.HEADER);
    }
    for (int i = 0; i < messages.size(); i++) {
      messageRow(columns, i + 1, messages.get(i), indicator);
    }
  }

  private void messageRow(
      MessageColumns columns, int index, Message message, UnaryOperator<String> indicator) {
    int row = grid.newRow();
    int last = grid.last();
    grid.number(row, columns.from(0), columns.to(0, last), index, ScoreSheetGrid.CENTERED);
    part(row, columns, 1, message.text(), ScoreSheetGrid.TEXT, true);
    part(
        row,
        columns,
        2,
        message.severity().label(),
        message.severity() == Severity.ERROR ? ERROR_KIND : WARNING_KIND,
        false);
    boolean linked = isInWorkbook(message.where());
    part(row, columns, 3, message.where().toString(), linked ? LINK : ScoreSheetGrid.TEXT, true);
    if (linked) {
      link(row, columns.from(3), message.where());
    }
    part(row, columns, 4, indicator.apply(message.code()), ScoreSheetGrid.TEXT, false);
  }

  /** Whether the message's sheet is in the workbook: a link to a missing sheet would not work. */
  private boolean isInWorkbook(CellRef where) {
    return !where.sheet().isEmpty() && grid.sink().hasSheet(where.sheet());
  }

  /**
   * Makes the cell a link to the message's cell ({@code '指标评分'!G8}), so that one click shows it; a
   * message about a whole sheet links to its first cell.
   */
  private void link(int row, int column, CellRef where) {
    grid.sink()
        .link(
            row,
            column,
            "'" + where.sheet().replace("'", "''") + "'!" + (where.hasCell() ? where.a1() : "A1"));
  }

  /** One part of a message row; a part over one column is fitted only when {@code fit} says so. */
  private void part(
      int row, MessageColumns columns, int part, String text, Look look, boolean fit) {
    int from = columns.from(part);
    int to = columns.to(part, grid.last());
    if (to > from) {
      grid.merged(row, from, to, text, look);
      return;
    }
    grid.text(row, from, text, look);
    if (fit) {
      grid.fit(row, text, from, from, Look.BODY_POINTS);
    }
  }

  // 年度总体目标

  /** 预期目标 | 实际完成情况: the self-evaluation form's overall goal, side by side and wrapped. */
  void goal(PrintedForm form, int split) {
    int header = grid.newRow();
    grid.merged(
        header, 0, split - 1, Text.get("scoresheet.form.goal.expected"), ScoreSheetGrid.HEADER);
    grid.merged(
        header,
        split,
        grid.last(),
        Text.get("scoresheet.form.goal.achieved"),
        ScoreSheetGrid.HEADER);
    int row = grid.newRow();
    grid.merged(row, 0, split - 1, form.expectedGoal().strip(), GOAL);
    grid.merged(row, split, grid.last(), form.achievedGoal().strip(), GOAL);
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
