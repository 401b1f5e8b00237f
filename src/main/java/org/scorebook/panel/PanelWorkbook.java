package org.scorebook.panel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.model.CellRef;
import org.scorebook.model.Decimals;
import org.scorebook.model.Evaluation;
import org.scorebook.model.ExpertPanel;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.SheetNames;
import org.scorebook.model.Text;
import org.scorebook.model.WorkbookKind;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.style.Styles;
import org.scorebook.write.Cells;

/**
 * Turns the first expert's workbook into the panel's: every leaf's combined score typed where a
 * score is typed by hand (人工得分, or 得分 on a form; a leaf scored by formula gets the combined score
 * as its formula), the experts' reasons side by side, and on contract v1's 项目信息 the panel's members
 * and rule. Scored again, it gives the panel's totals, so it can be processed, summarised and
 * mailed like any evaluation; {@link #write} adds the 专家评分 sheet and saves it.
 */
final class PanelWorkbook {
  private PanelWorkbook() {}

  /** Types the combined scores into {@code workbook}, which {@code base} was read from. */
  static void combine(Workbook workbook, Evaluation base, ExpertPanel panel) {
    IndicatorSheet layout = base.indicators();
    Sheet sheet = Cells.findSheet(workbook, layout.sheetName()).orElseThrow();
    boolean manual = layout.column(IndicatorColumn.MANUAL).isPresent();
    for (ExpertPanel.Leaf leaf : panel.leaves()) {
      if (manual) {
        number(sheet, layout.cell(leaf.row(), IndicatorColumn.MANUAL), leaf.combined());
        layout.column(IndicatorColumn.FORMULA).ifPresent(c -> clear(sheet, leaf.row(), c));
      } else {
        text(sheet, layout.cell(leaf.row(), IndicatorColumn.FORMULA), plain(leaf.combined()));
      }
      reasons(panel, leaf)
          .ifPresent(
              text ->
                  layout
                      .column(leaf.row(), IndicatorColumn.REASON)
                      .ifPresent(
                          c -> text(sheet, CellRef.of(sheet.getSheetName(), leaf.row(), c), text)));
    }
    // 项目信息 for contract v1; on a form, label/value rows under the form, where its reader looks.
    Sheet facts =
        base.kind() == WorkbookKind.CONTRACT_V1
            ? Cells.findSheet(workbook, SheetNames.PROJECT).orElse(null)
            : sheet;
    if (facts != null) {
      field(facts, ProjectInfo.EVALUATOR_PERSON, members(panel));
      field(facts, ProjectInfo.PANEL_RULE, panel.rule());
    }
  }

  /**
   * Annotates the combined workbook with {@code card}, its own scoring, adds the 专家评分 sheet second
   * and saves it to {@code target} atomically; given the first copy's {@code original} package,
   * every part the panel did not change keeps its bytes.
   */
  static void write(
      Workbook workbook,
      Optional<byte[]> original,
      Scorecard card,
      ExpertPanel panel,
      Path target,
      String version,
      ZonedDateTime writtenAt)
      throws IOException {
    WorkbookWriter.write(
        workbook,
        original,
        card,
        target,
        version,
        writtenAt,
        annotated -> new ExpertSheet(annotated, Styles.reusingExisting(annotated)).write(panel));
  }

  /**
   * As {@link #write(Workbook, Optional, Scorecard, ExpertPanel, Path, String, ZonedDateTime)} for
   * copies that hold several projects: {@code cards} the projects combined, the 专家评分 sheet with a
   * section per project and {@code notes} on the projects not combined.
   */
  static void write(
      Workbook workbook,
      Optional<byte[]> original,
      List<Scorecard> cards,
      List<ExpertSheet.Section> sections,
      List<String> notes,
      Path target,
      String version,
      ZonedDateTime writtenAt)
      throws IOException {
    WorkbookWriter.write(
        workbook,
        original,
        cards,
        target,
        version,
        writtenAt,
        annotated ->
            new ExpertSheet(annotated, Styles.reusingExisting(annotated)).write(sections, notes));
  }

  /** 「专家组（3 人）：张三、李四、王五」. */
  static String members(ExpertPanel panel) {
    return Text.get("panel.members", panel.experts().size(), String.join("、", panel.experts()));
  }

  /** Each expert's reason, named, when any expert gave one. */
  private static Optional<String> reasons(ExpertPanel panel, ExpertPanel.Leaf leaf) {
    List<String> named = new ArrayList<>();
    for (int i = 0; i < panel.experts().size(); i++) {
      String reason = leaf.reasons().get(i).strip();
      if (!reason.isEmpty()) {
        named.add(Text.get("panel.reason", panel.experts().get(i), reason));
      }
    }
    return named.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", named));
  }

  /** Sets the value of the label/value row {@code label} of 项目信息, appending the row if missing. */
  private static void field(Sheet sheet, String label, String value) {
    int last = sheet.getLastRowNum();
    for (int r = 0; r <= last; r++) {
      Row row = sheet.getRow(r);
      Cell cell = row == null ? null : row.getCell(0);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && Cells.trim(cell.getStringCellValue()).replaceAll("[:：]$", "").equals(label)) {
        text(sheet, CellRef.of(sheet.getSheetName(), r, 1), value);
        return;
      }
    }
    int r = last + 1;
    Row above = sheet.getRow(last);
    Cell labelCell = Cells.cell(sheet, r, 0);
    labelCell.setCellValue(label);
    if (above != null && above.getCell(0) != null) {
      labelCell.setCellStyle(above.getCell(0).getCellStyle());
    }
    text(sheet, CellRef.of(sheet.getSheetName(), r, 1), value);
    if (above != null && above.getCell(1) != null) {
      Cells.cell(sheet, r, 1).setCellStyle(above.getCell(1).getCellStyle());
    }
  }

  private static void number(Sheet sheet, CellRef at, double value) {
    Cell cell = Cells.cell(sheet, at.row(), at.column());
    Cells.prepareForValue(cell);
    cell.setCellValue(value);
  }

  private static void text(Sheet sheet, CellRef at, String value) {
    Cell cell = Cells.cell(sheet, at.row(), at.column());
    Cells.prepareForValue(cell);
    cell.setCellValue(Cells.fit(value));
  }

  private static void clear(Sheet sheet, int row, int column) {
    Cells.clear(Cells.cell(sheet, row, column));
  }

  private static String plain(double value) {
    return Decimals.plain(value);
  }
}
