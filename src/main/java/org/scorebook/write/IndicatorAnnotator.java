package org.scorebook.write;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.model.Text;
import org.scorebook.style.Styles;
import org.scorebook.style.TextWidth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills 得分, 得分率 and 校验结果 on every data row of 指标评分, appending the columns after the last used one
 * when the sheet has none. Cells keep their style; only the number format changes.
 */
final class IndicatorAnnotator {
  static final String SCORE_FORMAT = "0.00";
  static final String RATE_FORMAT = "0.00%";
  private static final String TEXT_FORMAT = "General";
  private static final List<IndicatorColumn> OUTPUTS =
      List.of(IndicatorColumn.SCORE, IndicatorColumn.RATE, IndicatorColumn.CHECK);
  private static final int NUMBER_WIDTH = 10;
  private static final int CHECK_WIDTH = 40;

  /** Height of one line of 11-point text, in points, and the padding of a row of wrapped lines. */
  private static final float LINE_POINTS = 16f;

  private static final float PADDING_POINTS = 3f;
  private static final Logger LOG = LoggerFactory.getLogger(IndicatorAnnotator.class);

  private final Workbook workbook;
  private final Styles styles;

  IndicatorAnnotator(Workbook workbook, Styles styles) {
    this.workbook = workbook;
    this.styles = styles;
  }

  void annotate(Scorecard card) {
    IndicatorSheet layout = card.evaluation().indicators();
    Sheet sheet = Cells.findSheet(workbook, layout.sheetName()).orElse(null);
    if (sheet == null) {
      LOG.warn("sheet {} is gone; 得分 not written", layout.sheetName());
      return;
    }
    boolean addColumns = card.evaluation().kind().addsOutputColumns();
    Map<IndicatorColumn, Integer> columns = outputColumns(sheet, layout, addColumns);
    if (columns.containsKey(IndicatorColumn.CHECK)) {
      widenCheckColumn(sheet, columns.get(IndicatorColumn.CHECK));
    }
    Map<Integer, ScoredIndicator> scored = new HashMap<>();
    // Parents placed on the row of their first child (a tree given by level columns) give way to
    // it.
    card.indicators().forEach(indicator -> scored.put(indicator.row(), indicator));
    Map<Integer, List<Message>> messages = messagesByRow(card.messages(), layout.sheetName());
    for (IndicatorRow row : layout.rows()) {
      ScoredIndicator indicator = scored.get(row.row());
      Row sheetRow = Cells.row(sheet, row.row());
      Map<IndicatorColumn, Integer> own =
          layout.rowColumns().containsKey(row.row())
              ? outputsOf(layout.rowColumns().get(row.row()))
              : columns;
      if (own.containsKey(IndicatorColumn.SCORE)) {
        writeNumber(sheetRow, own.get(IndicatorColumn.SCORE), score(indicator), SCORE_FORMAT);
      }
      if (own.containsKey(IndicatorColumn.RATE)) {
        writeNumber(sheetRow, own.get(IndicatorColumn.RATE), rate(indicator), RATE_FORMAT);
      }
      if (own.containsKey(IndicatorColumn.CHECK)) {
        writeText(
            sheetRow,
            own.get(IndicatorColumn.CHECK),
            checkText(messages.getOrDefault(row.row(), List.of())));
      }
    }
  }

  // Columns

  /**
   * The output columns of the table: found by header, or appended after the last used column when
   * {@code add} is set (a printed form keeps its own columns and gets only those it has).
   */
  private Map<IndicatorColumn, Integer> outputColumns(
      Sheet sheet, IndicatorSheet layout, boolean add) {
    Map<IndicatorColumn, Integer> columns = new EnumMap<>(IndicatorColumn.class);
    int next = lastUsedColumn(sheet, layout) + 1;
    for (IndicatorColumn column : OUTPUTS) {
      Integer found =
          layout.column(column).orElseGet(() -> headerColumn(sheet, layout.headerRow(), column));
      if (found == null && !add) {
        continue;
      }
      if (found == null) {
        found = next++;
        appendHeader(sheet, layout.headerRow(), found, column);
      }
      columns.put(column, found);
    }
    return columns;
  }

  /** The output columns among a row's own columns. */
  private static Map<IndicatorColumn, Integer> outputsOf(Map<IndicatorColumn, Integer> own) {
    Map<IndicatorColumn, Integer> outputs = new EnumMap<>(IndicatorColumn.class);
    OUTPUTS.stream().filter(own::containsKey).forEach(c -> outputs.put(c, own.get(c)));
    return outputs;
  }

  /** The column whose header reads {@code column}'s header, for a layout that did not list it. */
  private static Integer headerColumn(Sheet sheet, int headerRow, IndicatorColumn column) {
    Row header = sheet.getRow(headerRow);
    if (header != null) {
      for (Cell cell : header) {
        if (cell.getCellType() == CellType.STRING
            && column.headers().contains(Cells.trim(cell.getStringCellValue()))) {
          return cell.getColumnIndex();
        }
      }
    }
    return null;
  }

  private static int lastUsedColumn(Sheet sheet, IndicatorSheet layout) {
    int last = layout.columns().values().stream().mapToInt(Integer::intValue).max().orElse(-1);
    Row header = sheet.getRow(layout.headerRow());
    if (header != null) {
      for (Cell cell : header) {
        if (!Cells.isBlank(cell)) {
          last = Math.max(last, cell.getColumnIndex());
        }
      }
    }
    return last;
  }

  private static void appendHeader(Sheet sheet, int headerRow, int column, IndicatorColumn which) {
    Row row = Cells.row(sheet, headerRow);
    Cell neighbour = column > 0 ? row.getCell(column - 1) : null;
    Cell cell = Cells.cell(sheet, headerRow, column);
    Cells.clear(cell);
    cell.setCellValue(which.header());
    if (neighbour != null) {
      cell.setCellStyle(neighbour.getCellStyle());
    }
    int width = which == IndicatorColumn.CHECK ? CHECK_WIDTH : NUMBER_WIDTH;
    sheet.setColumnWidth(column, Math.max(width, TextWidth.displayWidth(which.header()) + 2) * 256);
  }

  /**
   * Makes 校验结果 wide enough for its messages, wrapped, to read as lines rather than a column of
   * characters.
   */
  private static void widenCheckColumn(Sheet sheet, int column) {
    if (sheet.getColumnWidth(column) < CHECK_WIDTH * 256) {
      sheet.setColumnWidth(column, CHECK_WIDTH * 256);
    }
  }

  // Cells

  private void writeNumber(Row row, int column, OptionalDouble value, String format) {
    Cell cell = prepared(row, column, format, false);
    if (value.isPresent()) {
      cell.setCellValue(value.getAsDouble());
    } else {
      Cells.clear(cell);
    }
  }

  /**
   * Writes 校验结果 wrapped, and grows a row too low to show every line of it. The height is set
   * explicitly: LibreOffice (and Excel for a row it has a height for) does not re-fit rows on
   * opening. A row is never made lower.
   */
  private void writeText(Row row, int column, String text) {
    String shown = Cells.fit(text);
    prepared(row, column, TEXT_FORMAT, true).setCellValue(shown);
    int chars = Math.max(1, row.getSheet().getColumnWidth(column) / 256 - 1);
    int lines = TextWidth.wrappedLines(shown, chars);
    float needed = Math.min(lines * LINE_POINTS + PADDING_POINTS, TextWidth.MAX_ROW_POINTS);
    if (lines > 1 && needed > row.getHeightInPoints()) {
      row.setHeightInPoints(needed);
    }
  }

  /**
   * The cell, without any formula or inline text, given {@code format}: its own style, or for a new
   * cell the style of the cell to its left, so an appended column continues the table's borders and
   * font. The caller sets or clears its value. {@code wrap} wraps its text.
   */
  private Cell prepared(Row row, int column, String format, boolean wrap) {
    Cell cell = row.getCell(column);
    CellStyle base;
    if (cell != null) {
      base = cell.getCellStyle();
    } else {
      Cell neighbour = column > 0 ? row.getCell(column - 1) : null;
      cell = row.createCell(column);
      base = neighbour != null ? neighbour.getCellStyle() : cell.getCellStyle();
    }
    Cells.prepareForValue(cell);
    cell.setCellStyle(
        wrap ? styles.wrappedWithFormat(base, format) : styles.withFormat(base, format));
    return cell;
  }

  // Values

  private static OptionalDouble score(ScoredIndicator indicator) {
    return indicator == null ? OptionalDouble.empty() : indicator.score();
  }

  private static OptionalDouble rate(ScoredIndicator indicator) {
    return indicator == null ? OptionalDouble.empty() : indicator.rate();
  }

  private static Map<Integer, List<Message>> messagesByRow(
      List<Message> messages, String sheetName) {
    Map<Integer, List<Message>> byRow = new HashMap<>();
    for (Message message : messages) {
      if (message.where().hasCell()
          && Cells.trim(message.where().sheet()).equals(Cells.trim(sheetName))) {
        byRow.computeIfAbsent(message.where().row(), k -> new ArrayList<>()).add(message);
      }
    }
    return byRow;
  }

  /** The row's messages, one after another, or the short "passed" text. */
  static String checkText(List<Message> messages) {
    if (messages.isEmpty()) {
      return Text.get("write.passed");
    }
    return String.join(
        Text.get("write.checkJoin"),
        messages.stream()
            .map(m -> Text.get("write.commentLine", m.severity().label(), m.text()))
            .distinct()
            .toList());
  }
}
