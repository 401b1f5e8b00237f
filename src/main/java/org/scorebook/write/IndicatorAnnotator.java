package org.scorebook.write;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.model.Text;
import org.scorebook.style.CellFormats;
import org.scorebook.style.TextWidth;
import org.scorebook.write.EditedSheet.CellValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills 得分, 得分率 and 校验结果 on every data row of 指标评分, appending the columns after the last used one
 * when the sheet has none. Cells keep their style; only the number format changes.
 */
final class IndicatorAnnotator {
  static final String SCORE_FORMAT = "0.00";
  static final String RATE_FORMAT = "0.00%";

  /** The decimals {@link #SCORE_FORMAT} and {@link #RATE_FORMAT} show of a cell's value. */
  static final int SCORE_PLACES = 2;

  static final int RATE_PLACES = 4;
  private static final String TEXT_FORMAT = "General";
  private static final List<IndicatorColumn> OUTPUTS =
      List.of(IndicatorColumn.SCORE, IndicatorColumn.RATE, IndicatorColumn.CHECK);
  private static final int NUMBER_WIDTH = 10;
  private static final int CHECK_WIDTH = 40;

  /** Height of one line of 11-point text, in points, and the padding of a row of wrapped lines. */
  private static final float LINE_POINTS = 16f;

  private static final float PADDING_POINTS = 3f;
  private static final Logger LOG = LoggerFactory.getLogger(IndicatorAnnotator.class);

  private final EditedSheets sheets;
  private final CellFormats formats;
  private final ResultCells results;

  IndicatorAnnotator(EditedSheets sheets, CellFormats formats, ResultCells results) {
    this.sheets = sheets;
    this.formats = formats;
    this.results = results;
  }

  void annotate(Scorecard card) {
    IndicatorSheet layout = card.evaluation().indicators();
    EditedSheet sheet = sheets.find(layout.sheetName()).orElse(null);
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
      Map<IndicatorColumn, Integer> own =
          layout.rowColumns().containsKey(row.row())
              ? outputsOf(layout.rowColumns().get(row.row()))
              : columns;
      if (own.containsKey(IndicatorColumn.SCORE)) {
        int column = own.get(IndicatorColumn.SCORE);
        writeNumber(sheet, row, column, score(indicator), SCORE_FORMAT, SCORE_PLACES);
      }
      if (own.containsKey(IndicatorColumn.RATE)) {
        int column = own.get(IndicatorColumn.RATE);
        writeNumber(sheet, row, column, rate(indicator), RATE_FORMAT, RATE_PLACES);
      }
      if (own.containsKey(IndicatorColumn.CHECK)) {
        writeText(
            sheet,
            row.row(),
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
      EditedSheet sheet, IndicatorSheet layout, boolean add) {
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
  private static Integer headerColumn(EditedSheet sheet, int headerRow, IndicatorColumn column) {
    for (int at : sheet.columns(headerRow)) {
      CellValue value = sheet.value(headerRow, at);
      if (value.isText() && column.headers().contains(Cells.trim(value.text()))) {
        return at;
      }
    }
    return null;
  }

  private static int lastUsedColumn(EditedSheet sheet, IndicatorSheet layout) {
    int last = layout.columns().values().stream().mapToInt(Integer::intValue).max().orElse(-1);
    for (int at : sheet.columns(layout.headerRow())) {
      if (!sheet.value(layout.headerRow(), at).isBlank()) {
        last = Math.max(last, at);
      }
    }
    return last;
  }

  /**
   * Writes {@code which}'s header into a new column, in the style of the header to its left, and
   * makes the column wide enough for it.
   */
  private static void appendHeader(
      EditedSheet sheet, int headerRow, int column, IndicatorColumn which) {
    OptionalInt neighbour = column > 0 ? sheet.format(headerRow, column - 1) : OptionalInt.empty();
    int format =
        neighbour.isPresent() ? neighbour.getAsInt() : sheet.formatOrNew(headerRow, column);
    sheet.setText(headerRow, column, which.header(), format);
    int width = which == IndicatorColumn.CHECK ? CHECK_WIDTH : NUMBER_WIDTH;
    sheet.setColumnWidth(column, Math.max(width, TextWidth.displayWidth(which.header()) + 2) * 256);
  }

  /**
   * Makes 校验结果 wide enough for its messages, wrapped, to read as lines rather than a column of
   * characters.
   */
  private static void widenCheckColumn(EditedSheet sheet, int column) {
    if (sheet.columnWidth(column) < CHECK_WIDTH * 256) {
      sheet.setColumnWidth(column, CHECK_WIDTH * 256);
    }
  }

  // Cells

  /**
   * Writes a result, or a blank for none; a formula of the user's that gives the result stays
   * ({@link ResultCells}).
   */
  private void writeNumber(
      EditedSheet sheet,
      IndicatorRow row,
      int column,
      OptionalDouble value,
      String format,
      int places) {
    int xf = formats.withFormat(base(sheet, row.row(), column), format);
    if (value.isPresent()) {
      results.number(sheet, row.row(), column, value.getAsDouble(), xf, places, row.code());
    } else {
      sheet.setBlank(row.row(), column, xf);
    }
  }

  /**
   * Writes 校验结果 wrapped, and grows a row too low to show every line of it. The height is set
   * explicitly: LibreOffice (and Excel for a row it has a height for) does not re-fit rows on
   * opening. A row is never made lower.
   */
  private void writeText(EditedSheet sheet, int row, int column, String text) {
    String shown = Cells.fit(text);
    sheet.setText(
        row, column, shown, formats.wrappedWithFormat(base(sheet, row, column), TEXT_FORMAT));
    int chars = Math.max(1, sheet.columnWidth(column) / 256 - 1);
    int lines = TextWidth.wrappedLines(shown, chars);
    float needed = Math.min(lines * LINE_POINTS + PADDING_POINTS, TextWidth.MAX_ROW_POINTS);
    if (lines > 1 && needed > sheet.rowHeight(row)) {
      sheet.setRowHeight(row, needed);
    }
  }

  /**
   * The format a result cell starts from: its own, or for a new cell the format of the cell to its
   * left, so an appended column continues the table's borders and font.
   */
  private static int base(EditedSheet sheet, int row, int column) {
    OptionalInt own = sheet.format(row, column);
    if (own.isPresent()) {
      return own.getAsInt();
    }
    OptionalInt neighbour = column > 0 ? sheet.format(row, column - 1) : OptionalInt.empty();
    return neighbour.isPresent() ? neighbour.getAsInt() : sheet.newCellFormat(column);
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
