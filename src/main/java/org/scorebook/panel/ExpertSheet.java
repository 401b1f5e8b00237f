package org.scorebook.panel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.scorebook.model.Decimals;
import org.scorebook.model.ExpertPanel;
import org.scorebook.model.Text;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;
import org.scorebook.style.PageLayout;
import org.scorebook.style.Styles;
import org.scorebook.style.TextWidth;
import org.scorebook.write.Cells;
import org.scorebook.write.ScoreSheetGrid;

/**
 * The 专家评分 sheet of a panel's workbook, second after 评分汇总: one column per expert, the combined
 * score, the spread and the mark on every leaf the experts disagree on, each expert's total, and
 * below the disputed leaves with each expert's score and reason, for the panel to discuss. Copies
 * that hold several projects get one such part per project combined, under the project's sheet and
 * name, and below them the projects that were not combined, with why.
 */
final class ExpertSheet {
  private static final Look FLAGGED = ScoreSheetGrid.SCORE.fill(Fill.WARNING);
  private static final Look FLAG_TEXT = ScoreSheetGrid.CENTERED.fill(Fill.WARNING);
  private static final Look TOTAL = ScoreSheetGrid.SCORE.withBold().fill(Fill.TOTAL);
  private static final Look TOTAL_LABEL = ScoreSheetGrid.CENTERED.withBold().fill(Fill.TOTAL);
  private static final int NAME_WIDTH_LIMIT = 30;

  private final Workbook workbook;
  private final Styles styles;
  private static final float LINE_POINTS = 16f;
  private Sheet sheet;
  private int next;
  private int columns;
  private int tableChars;

  ExpertSheet(Workbook workbook, Styles styles) {
    this.workbook = workbook;
    this.styles = styles;
  }

  /**
   * One project's part of the sheet, under its title.
   *
   * @param title 「sheet」项目名称, or empty for the one project of a panel
   */
  record Section(String title, ExpertPanel panel) {}

  /** Writes the sheet of a panel of one project, replacing an earlier one, and returns it. */
  Sheet write(ExpertPanel panel) {
    return write(List.of(new Section("", panel)), List.of());
  }

  /**
   * Writes the sheet of every project combined, each under its title, and below them {@code notes}:
   * the projects that were not; replaces an earlier sheet and returns it.
   */
  Sheet write(List<Section> sections, List<String> notes) {
    String name = Text.get("panel.sheet.title");
    int existing = workbook.getSheetIndex(name);
    if (existing >= 0) {
      workbook.removeSheetAt(existing);
    }
    sheet = workbook.createSheet(name);
    workbook.setSheetOrder(name, Math.min(1, workbook.getNumberOfSheets() - 1));
    next = 0;
    List<ExpertPanel> panels = sections.stream().map(Section::panel).toList();
    columns = panels.stream().mapToInt(p -> p.experts().size()).max().orElse(0) + 6;
    widths(panels);
    for (Section section : sections) {
      if (!section.title().isEmpty()) {
        line(section.title(), ScoreSheetGrid.SECTION);
      }
      section(section.panel(), sections.size() == 1);
      next++;
    }
    if (!notes.isEmpty()) {
      line(Text.get("panel.sheet.notCombined"), ScoreSheetGrid.SECTION);
      notes.forEach(note -> line(note, Look.PLAIN));
    }
    PageLayout.a4FitToWidth(sheet, columns > 8, 0);
    return sheet;
  }

  /** One panel: its members and rule, the table, the outlier and the disputed leaves. */
  private void section(ExpertPanel panel, boolean freeze) {
    line(Text.get("panel.sheet.heading", PanelWorkbook.members(panel)), ScoreSheetGrid.SECTION);
    line(Text.get("panel.sheet.rule", panel.rule()), Look.PLAIN);
    next++;
    header(panel, freeze);
    panel.leaves().forEach(leaf -> leafRow(leaf));
    totalRow(panel);
    next++;
    panel.outlierLine().ifPresent(text -> line(text, Look.PLAIN));
    disputed(panel);
  }

  private void header(ExpertPanel panel, boolean freeze) {
    List<String> titles = new ArrayList<>();
    titles.add(Text.get("panel.sheet.code"));
    titles.add(Text.get("panel.sheet.name"));
    titles.add(Text.get("panel.sheet.full"));
    titles.addAll(panel.experts());
    titles.add(Text.get("panel.sheet.combined"));
    titles.add(Text.get("panel.sheet.spread"));
    titles.add(Text.get("panel.sheet.flag"));
    Row row = sheet.createRow(next++);
    for (int c = 0; c < titles.size(); c++) {
      cell(row, c, ScoreSheetGrid.HEADER).setCellValue(titles.get(c));
    }
    if (freeze) {
      sheet.createFreezePane(2, next);
    }
  }

  private void leafRow(ExpertPanel.Leaf leaf) {
    Row row = sheet.createRow(next++);
    int c = 0;
    cell(row, c++, ScoreSheetGrid.TEXT).setCellValue(leaf.code());
    cell(row, c++, ScoreSheetGrid.TEXT).setCellValue(Cells.fit(leaf.name()));
    cell(row, c++, ScoreSheetGrid.SCORE).setCellValue(leaf.full());
    for (double score : leaf.scores()) {
      cell(row, c++, ScoreSheetGrid.SCORE).setCellValue(score);
    }
    cell(row, c++, leaf.disputed() ? FLAGGED : ScoreSheetGrid.SCORE).setCellValue(leaf.combined());
    cell(row, c++, leaf.disputed() ? FLAGGED : ScoreSheetGrid.SCORE).setCellValue(leaf.spread());
    Cell flag = cell(row, c, leaf.disputed() ? FLAG_TEXT : ScoreSheetGrid.CENTERED);
    flag.setCellValue(leaf.disputed() ? Text.get("panel.sheet.flagged") : "");
  }

  private void totalRow(ExpertPanel panel) {
    Row row = sheet.createRow(next++);
    cell(row, 0, TOTAL_LABEL).setCellValue(Text.get("panel.sheet.total"));
    cell(row, 1, TOTAL_LABEL);
    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 1));
    BigDecimal full = BigDecimal.ZERO;
    BigDecimal combined = BigDecimal.ZERO;
    for (ExpertPanel.Leaf leaf : panel.leaves()) {
      full = full.add(BigDecimal.valueOf(leaf.full()));
      combined = combined.add(BigDecimal.valueOf(leaf.combined()));
    }
    int c = 2;
    cell(row, c++, TOTAL).setCellValue(full.doubleValue());
    for (double total : panel.totals()) {
      cell(row, c++, TOTAL).setCellValue(total);
    }
    cell(row, c++, TOTAL).setCellValue(Decimals.round2(combined.doubleValue()));
    cell(row, c++, TOTAL);
    cell(row, c, TOTAL);
  }

  /** The leaves the experts disagree on, each expert's score and reason on one wrapped line. */
  private void disputed(ExpertPanel panel) {
    List<ExpertPanel.Leaf> disputed = panel.disputed();
    if (disputed.isEmpty()) {
      return;
    }
    line(
        Text.get("panel.sheet.disputedHeading", Math.round(panel.spreadLimit() * 100)),
        ScoreSheetGrid.SECTION);
    for (ExpertPanel.Leaf leaf : disputed) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < panel.experts().size(); i++) {
        String reason = leaf.reasons().get(i).strip();
        parts.add(
            Text.get(
                "panel.sheet.expertScore",
                panel.experts().get(i),
                Decimals.format2(leaf.scores().get(i)),
                reason.isEmpty() ? "" : Text.get("panel.sheet.expertReason", reason)));
      }
      line(
          Cells.fit(
              Text.get(
                  "panel.sheet.disputedLine",
                  leaf.code(),
                  leaf.name(),
                  Decimals.plain(leaf.full()),
                  String.join("；", parts))),
          Look.PLAIN.withWrap().top());
    }
  }

  /**
   * A line of text merged across the table's width and wrapped, its row as high as its lines: a
   * long reason reads as a paragraph, not cut at the first column.
   */
  private void line(String text, Look look) {
    Row row = sheet.createRow(next++);
    cell(row, 0, look.withWrap().top()).setCellValue(text);
    if (columns > 1) {
      sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, columns - 1));
    }
    int lines = TextWidth.wrappedLines(text, Math.max(1, tableChars - 2));
    if (lines > 1) {
      row.setHeightInPoints(lines * LINE_POINTS + 4);
    }
  }

  private void widths(List<ExpertPanel> panels) {
    int code = TextWidth.displayWidth(Text.get("panel.sheet.code"));
    int name = TextWidth.displayWidth(Text.get("panel.sheet.name"));
    for (ExpertPanel.Leaf leaf : panels.stream().flatMap(p -> p.leaves().stream()).toList()) {
      code = Math.max(code, TextWidth.displayWidth(leaf.code()));
      name = Math.max(name, TextWidth.displayWidth(leaf.name()));
    }
    sheet.setColumnWidth(0, (Math.min(code, NAME_WIDTH_LIMIT) + 2) * 256);
    sheet.setColumnWidth(1, (Math.min(name, NAME_WIDTH_LIMIT) + 2) * 256);
    for (int c = 2; c < columns; c++) {
      int width = 10;
      for (ExpertPanel panel : panels) {
        if (c >= 3 && c - 3 < panel.experts().size()) {
          width = Math.max(width, TextWidth.displayWidth(panel.experts().get(c - 3)) + 2);
        }
      }
      sheet.setColumnWidth(c, Math.min(width, NAME_WIDTH_LIMIT) * 256);
    }
    tableChars = 0;
    for (int c = 0; c < columns; c++) {
      tableChars += sheet.getColumnWidth(c) / 256;
    }
  }

  private Cell cell(Row row, int column, Look look) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(styles.of(look));
    return cell;
  }
}
