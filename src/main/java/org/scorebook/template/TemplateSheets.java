package org.scorebook.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.scorebook.aids.AidsChoices;
import org.scorebook.aids.ExcelAids;
import org.scorebook.aids.IndicatorTable;
import org.scorebook.model.CellRef;
import org.scorebook.model.Decimals;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Text;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;
import org.scorebook.style.Styles;
import org.scorebook.style.TextWidth;
import org.scorebook.template.TemplateContent.Field;
import org.scorebook.template.TemplateContent.Grade;
import org.scorebook.template.TemplateContent.Indicator;
import org.scorebook.template.TemplateContent.Input;
import org.scorebook.template.TemplateContent.Parameter;

/**
 * Draws the sheets of {@link TemplateWriter}: cells, styles (all through {@link Styles}), widths,
 * print setup.
 */
public final class TemplateSheets {
  public static final String PERCENT_FORMAT = "0.00%";
  public static final String SCORE_FORMAT = "0.00";

  /** Height of one line of 11-point text, in points; wrapped cells get one per line. */
  private static final float LINE_POINTS = 16f;

  /** Excel indents by about three characters per level. */
  private static final int INDENT_CHARS = 3;

  /**
   * Guide rows after the five sheet rows: each has {@code template.guide.<key>.label} and {@code
   * template.guide.<key>}.
   */
  private static final List<String> GUIDE_TOPICS =
      List.of(
          "formula",
          "functions",
          "comparisons",
          "percent",
          "multiply",
          "fullWidth",
          "range",
          "examples",
          "aids",
          "output",
          "run");

  /** The sheet rows of the guide: each sheet's name with its text, {@code template.guide.<key>}. */
  private static final List<Map.Entry<String, String>> GUIDE_SHEETS =
      List.of(
          Map.entry(TemplateWriter.PROJECT_SHEET, "project"),
          Map.entry(TemplateWriter.PARAMETER_SHEET, "parameters"),
          Map.entry(TemplateWriter.INDICATOR_SHEET, "indicators"),
          Map.entry(TemplateWriter.GRADE_SHEET, "grades"),
          Map.entry(TemplateWriter.FINDINGS_SHEET, "findings"));

  private static final Look BODY = Look.PLAIN.withBorder();
  private static final Look HEADER =
      Look.PLAIN.withBold().withBorder().fill(Fill.HEADER).align(HorizontalAlignment.CENTER);

  /** Headers of the columns the processor writes. */
  private static final Look OUTPUT_HEADER = HEADER.fill(Fill.TOTAL);

  private static final Look WRAPPED = BODY.withWrap();
  private static final Look TITLE = Look.PLAIN.withBold().points(14);

  private final Workbook workbook;
  private final Styles styles;

  TemplateSheets(Workbook workbook) {
    this.workbook = workbook;
    this.styles = new Styles(workbook);
  }

  void write(TemplateContent content) {
    guide();
    labelValues(
        TemplateWriter.PROJECT_SHEET, content.project(), new int[] {14, 40}, new int[] {24, 60});
    parameters(content.parameters());
    indicators(content.indicators());
    grades(content.grades());
    labelValues(
        TemplateWriter.FINDINGS_SHEET, content.findings(), new int[] {12, 80}, new int[] {16, 80});
    workbook.setActiveSheet(0);
    workbook.setFirstVisibleTab(0);
  }

  // 填写说明

  private void guide() {
    Grid grid = new Grid(workbook.createSheet(TemplateWriter.GUIDE_SHEET));
    grid.put(0, 0, Text.get("template.guide.title", TemplateWriter.CONTRACT_VERSION), TITLE);
    grid.sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
    grid.sheet.getRow(0).setHeightInPoints(2 * LINE_POINTS);
    int r = 1;
    grid.header(
        r++,
        List.of(Text.get("template.guide.header.item"), Text.get("template.guide.header.text")),
        0);
    for (Map.Entry<String, String> sheet : GUIDE_SHEETS) {
      guideRow(grid, r++, sheet.getKey(), Text.get("template.guide." + sheet.getValue()));
    }
    for (String topic : GUIDE_TOPICS) {
      guideRow(
          grid,
          r++,
          Text.get("template.guide." + topic + ".label"),
          Text.get("template.guide." + topic));
    }
    grid.finish(new int[] {12, 90}, new int[] {14, 90});
    portrait(grid.sheet);
  }

  private static void guideRow(Grid grid, int r, String label, String text) {
    grid.put(r, 0, label, BODY.withBold().top());
    grid.put(r, 1, text, WRAPPED.top());
  }

  // 项目信息, 评价结论

  private void labelValues(String name, List<Field> fields, int[] minWidths, int[] maxWidths) {
    Grid grid = new Grid(workbook.createSheet(name));
    grid.header(0, TemplateWriter.LABEL_HEADERS, 0);
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      grid.put(i + 1, 0, field.label(), BODY);
      grid.put(i + 1, 1, field.value(), WRAPPED);
    }
    grid.finish(minWidths, maxWidths);
    grid.sheet.createFreezePane(0, 1);
    portrait(grid.sheet);
    if (name.equals(TemplateWriter.PROJECT_SHEET)) {
      ExcelAids.projectFields(
          grid.sheet,
          valueCell(name, fields, ProjectInfo.YEAR),
          valueCell(name, fields, ProjectInfo.EMAIL));
    }
  }

  private static Optional<CellRef> valueCell(String sheet, List<Field> fields, String label) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).label().equals(label)) {
        return Optional.of(CellRef.of(sheet, i + 1, 1));
      }
    }
    return Optional.empty();
  }

  // 评分参数

  private void parameters(List<Parameter> parameters) {
    Grid grid = new Grid(workbook.createSheet(TemplateWriter.PARAMETER_SHEET));
    grid.header(0, TemplateWriter.PARAMETER_HEADERS, 0);
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = parameters.get(i);
      grid.put(i + 1, 0, parameter.name(), BODY);
      grid.put(i + 1, 1, parameter.value(), BODY);
      grid.put(i + 1, 2, parameter.unit(), BODY);
      grid.put(i + 1, 3, parameter.note(), WRAPPED);
    }
    grid.finish(new int[] {14, 12, 8, 30}, new int[] {24, 16, 12, 60});
    grid.sheet.createFreezePane(0, 1);
    portrait(grid.sheet);
  }

  // 指标评分

  private void indicators(List<Indicator> indicators) {
    Grid grid = new Grid(workbook.createSheet(TemplateWriter.INDICATOR_SHEET));
    List<IndicatorColumn> columns = TemplateWriter.INDICATOR_COLUMNS;
    for (int c = 0; c < columns.size(); c++) {
      grid.put(0, c, columns.get(c).header(), columns.get(c).isOutput() ? OUTPUT_HEADER : HEADER);
    }
    for (int i = 0; i < indicators.size(); i++) {
      indicatorRow(grid, i + 1, indicators.get(i));
    }
    //                      编码 名称 分值 公式 目标 实际 人工 说明 得分 得分率 校验结果
    grid.finish(
        new int[] {10, 18, 8, 44, 10, 10, 10, 30, 10, 10, 40},
        new int[] {12, 44, 10, 64, 14, 14, 12, 50, 10, 10, 40});
    Sheet sheet = grid.sheet;
    sheet.createFreezePane(2, 1);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    fitToWidth(sheet);
    Map<IndicatorColumn, Integer> positions = new EnumMap<>(IndicatorColumn.class);
    columns.forEach(column -> positions.put(column, col(column)));
    int last = indicators.size();
    ExcelAids.indicators(
        sheet,
        new IndicatorTable(AidsChoices.OWN_COLUMNS, 0, 1, last + 1, positions),
        last,
        styles);
  }

  private void indicatorRow(Grid grid, int r, Indicator row) {
    int level = level(row.code());
    Look key = level == 1 ? BODY.withBold() : BODY;
    Look values = row.percentValues() ? BODY.format(PERCENT_FORMAT) : BODY;
    grid.put(r, col(IndicatorColumn.CODE), row.code(), key);
    grid.put(
        r,
        col(IndicatorColumn.NAME),
        row.name(),
        key.indent(level - 1),
        (level - 1) * INDENT_CHARS);
    grid.put(r, col(IndicatorColumn.FULL), row.full(), key);
    grid.put(r, col(IndicatorColumn.FORMULA), row.formula(), BODY);
    grid.put(r, col(IndicatorColumn.TARGET), row.target(), values);
    grid.put(r, col(IndicatorColumn.ACTUAL), row.actual(), values);
    grid.put(r, col(IndicatorColumn.MANUAL), row.manual(), BODY);
    grid.put(r, col(IndicatorColumn.REASON), row.reason(), WRAPPED);
    grid.put(r, col(IndicatorColumn.SCORE), row.score(), BODY.format(SCORE_FORMAT));
    grid.put(r, col(IndicatorColumn.RATE), TemplateContent.blank(), BODY.format(PERCENT_FORMAT));
    grid.put(r, col(IndicatorColumn.CHECK), "", WRAPPED);
  }

  private static int col(IndicatorColumn column) {
    return TemplateWriter.INDICATOR_COLUMNS.indexOf(column);
  }

  /**
   * 1 for {@code A}, 2 for {@code A1}, 3 for {@code A1.2} …, also for a malformed code (for
   * indenting only).
   */
  static int level(String code) {
    String trimmed = code.strip();
    return trimmed.length() <= 1
        ? 1
        : 2 + (int) trimmed.chars().filter(ch -> ch == '.' || ch == '．').count();
  }

  // 等级标准

  private void grades(List<Grade> grades) {
    Grid grid = new Grid(workbook.createSheet(TemplateWriter.GRADE_SHEET));
    grid.header(0, TemplateWriter.GRADE_HEADERS, 0);
    for (int i = 0; i < grades.size(); i++) {
      grid.put(i + 1, 0, grades.get(i).name(), BODY);
      grid.put(i + 1, 1, grades.get(i).minimum(), BODY);
    }
    grid.finish(new int[] {10, 10}, new int[] {20, 12});
    grid.sheet.createFreezePane(0, 1);
    portrait(grid.sheet);
  }

  // Print setup

  private static void portrait(Sheet sheet) {
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    fitToWidth(sheet);
  }

  private static void fitToWidth(Sheet sheet) {
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }

  // Cells, widths and heights of one sheet

  private record Wrapped(int row, int column, String text) {}

  /** Writes {@code value} into {@code cell}; returns the text it shows, for widths. */
  private static String fill(Cell cell, Input value) {
    if (value instanceof TemplateContent.Num num) {
      cell.setCellValue(num.value());
      return num.percent()
          ? Decimals.format2(num.value() * 100) + "%"
          : Decimals.plain(num.value());
    }
    if (value instanceof TemplateContent.TextValue words) {
      cell.setCellValue(words.text());
      return words.text();
    }
    if (value instanceof TemplateContent.ExcelFormula formula) {
      cell.setCellFormula(formula.formula());
      return "=" + formula.formula();
    }
    return "";
  }

  /** One sheet being drawn: remembers how wide each column's content is and which cells wrap. */
  private final class Grid {
    private final Sheet sheet;
    private final Map<Integer, Integer> widest = new TreeMap<>();
    private final List<Wrapped> wrapped = new ArrayList<>();

    Grid(Sheet sheet) {
      this.sheet = sheet;
    }

    void header(int r, List<String> headers, int firstColumn) {
      for (int i = 0; i < headers.size(); i++) {
        put(r, firstColumn + i, headers.get(i), HEADER);
      }
    }

    Cell put(int r, int c, String text, Look look) {
      return put(
          r, c, text.isEmpty() ? TemplateContent.blank() : TemplateContent.text(text), look, 0);
    }

    Cell put(int r, int c, String text, Look look, int extraWidth) {
      return put(
          r,
          c,
          text.isEmpty() ? TemplateContent.blank() : TemplateContent.text(text),
          look,
          extraWidth);
    }

    Cell put(int r, int c, Input value, Look look) {
      return put(r, c, value, look, 0);
    }

    Cell put(int r, int c, Input value, Look look, int extraWidth) {
      Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
      Cell cell = row.createCell(c);
      Look shown = value.percent() ? look.format(PERCENT_FORMAT) : look;
      cell.setCellStyle(styles.of(shown));
      String text = fill(cell, value);
      if (shown.wrapped() && !text.isEmpty()) {
        wrapped.add(new Wrapped(r, c, text));
      }
      if (look != TITLE) {
        int width = text.lines().mapToInt(TextWidth::displayWidth).max().orElse(0) + extraWidth;
        widest.merge(c, width, Math::max);
      }
      return cell;
    }

    /**
     * Sets column widths from the content (2 characters of padding, clamped) and the heights of
     * wrapped rows.
     */
    void finish(int[] minWidths, int[] maxWidths) {
      int[] widths = new int[minWidths.length];
      for (int c = 0; c < minWidths.length; c++) {
        widths[c] = Math.max(minWidths[c], Math.min(maxWidths[c], widest.getOrDefault(c, 0) + 2));
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      Map<Integer, Integer> lines = new TreeMap<>();
      for (Wrapped cell : wrapped) {
        int width =
            cell.column() < widths.length ? widths[cell.column()] : widths[widths.length - 1];
        lines.merge(cell.row(), TextWidth.wrappedLines(cell.text(), width - 1), Math::max);
      }
      lines.forEach(
          (r, count) -> {
            if (count > 1) {
              sheet.getRow(r).setHeightInPoints(count * LINE_POINTS + 3);
            }
          });
    }
  }
}
