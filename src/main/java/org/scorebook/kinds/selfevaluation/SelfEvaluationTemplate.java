package org.scorebook.kinds.selfevaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.aids.AidsChoices;
import org.scorebook.aids.ExcelAids;
import org.scorebook.aids.IndicatorTable;
import org.scorebook.files.SafeFiles;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.Text;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;
import org.scorebook.style.PageLayout;
import org.scorebook.style.Styles;
import org.scorebook.style.TextWidth;
import org.scorebook.template.TemplateSheets;
import org.scorebook.template.TemplateWriter;

/**
 * The blank national project self-evaluation form (项目支出绩效自评表, as annexed to 财预〔2020〕10号), for
 * {@code scorebook template --kind 自评表}: one sheet {@value #SHEET} laid out like the published form
 * (title, year line, header block, funds block, 年度总体目标, the indicator table with the national
 * skeleton of 一级 and 二级 indicators and two blank 三级 rows under each 二级, and the 总分 row), and a
 * second sheet {@value #GUIDE_SHEET} saying how it is filled and scored.
 *
 * <p>The year line shows the year the form is written in ({@link #write(Path)} uses the current
 * year); the evaluator changes it when filling a form for another year. Apart from that year the
 * output is deterministic, like {@link TemplateWriter}'s.
 */
public final class SelfEvaluationTemplate {
  public static final String SHEET = "项目支出绩效自评表";
  public static final String GUIDE_SHEET = "填写说明";

  /** The form's file name when {@code --out} names no file. */
  public static final String FILE_NAME = "项目支出绩效自评表.xlsx";

  /** The qualitative bands offered in the 实际完成值 drop-down, best first. */
  public static final List<String> BAND_WORDS = ExcelAids.BAND_WORDS;

  /** The 分值 of 年度资金总额 (budget execution). */
  public static final int BUDGET_POINTS = 10;

  public static final int TOTAL_POINTS = 100;

  /** The national 一级 indicators, each with its 二级 indicators. */
  public static final List<Level> SKELETON =
      List.of(
          new Level("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标")),
          new Level("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")),
          new Level("满意度指标", List.of("服务对象满意度指标")));

  /** Blank 三级 rows written under each 二级 indicator. */
  public static final int LEAF_ROWS = 2;

  /** The funds block's row labels; the first is the one scored. */
  public static final List<String> FUND_ROWS = List.of("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金");

  /** Headers of the funds block, columns C to H. */
  public static final List<String> FUND_HEADERS =
      List.of("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");

  /** Headers of the indicator table, columns A to I (I merged with J). */
  public static final List<String> INDICATOR_HEADERS =
      List.of("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");

  /** 0-based row of the indicator table's header (row 12). */
  public static final int INDICATOR_HEADER_ROW = 11;

  /** Columns, 0-based. */
  static final int A = 0;

  static final int B = 1;
  static final int C = 2;
  static final int D = 3;
  static final int E = 4;
  static final int F = 5;
  static final int G = 6;
  static final int H = 7;
  static final int I = 8;
  static final int J = 9;

  private static final String DASH = "—";
  private static final String AMOUNT_FORMAT = "0.00";

  /**
   * Column widths A to J, in characters: Chinese labels fit at 11 points (see {@link TextWidth}).
   */
  private static final int[] MIN_WIDTHS = {10, 12, 20, 20, 14, 18, 9, 9, 16, 16};

  private static final float LINE_POINTS = 16f;

  /** Height of a table row, in points: room around one line of text. */
  private static final float ROW_POINTS = 20f;

  private static final float GOAL_POINTS = 110f;

  private static final Look BODY = Look.PLAIN.withBorder().withWrap();
  private static final Look LABEL = BODY.align(HorizontalAlignment.CENTER);
  private static final Look HEADER = LABEL.withBold().fill(Fill.HEADER);
  private static final Look AMOUNT = BODY.format(AMOUNT_FORMAT);
  private static final Look RATE = BODY.format(TemplateSheets.PERCENT_FORMAT);
  private static final Look SCORE = BODY.format(TemplateSheets.SCORE_FORMAT);
  private static final Look OUTPUT = SCORE.fill(Fill.TOTAL);
  private static final Look TITLE =
      Look.PLAIN.withBold().points(18).align(HorizontalAlignment.CENTER);
  private static final Look YEAR = Look.PLAIN.align(HorizontalAlignment.CENTER);
  private static final Look GUIDE_TITLE = Look.PLAIN.withBold().points(14);
  private static final Look GUIDE_LABEL = BODY.withBold().top();
  private static final Look GUIDE_TEXT = BODY.top();

  /** Topics of {@value #GUIDE_SHEET}: {@code template.form.guide.<topic>.label} and its text. */
  private static final List<String> GUIDE_TOPICS =
      List.of(
          "fill",
          "funds",
          "weights",
          "targets",
          "units",
          "bands",
          "deviation",
          "total",
          "grades",
          "run");

  /** A 一级 indicator and its 二级 indicators. */
  public record Level(String name, List<String> children) {
    public Level {
      Objects.requireNonNull(name, "name");
      children = List.copyOf(children);
    }
  }

  private SelfEvaluationTemplate() {}

  /** 0-based row of the first 三级 row. */
  public static int firstLeafRow() {
    return INDICATOR_HEADER_ROW + 1;
  }

  /** 0-based row of 总分 of the blank form, after every 三级 row. */
  public static int totalRow() {
    int leaves = SKELETON.stream().mapToInt(level -> level.children().size()).sum() * LEAF_ROWS;
    return firstLeafRow() + leaves;
  }

  /** A sheet of a workbook of forms: its name and what its form is written with. */
  public record FormSheet(String name, FormContent content) {
    public FormSheet {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(content, "content");
    }
  }

  /** The year line for {@code year}: {@code （2026年度）}. */
  public static String yearLine(int year) {
    return Text.get("template.form.year", String.valueOf(year));
  }

  /** A new .xlsx workbook holding the blank form for {@code year}; the caller closes it. */
  public static XSSFWorkbook build(int year) {
    return build(blank(year));
  }

  /** A new .xlsx workbook holding {@code forms}, then the guide; the caller closes it. */
  public static XSSFWorkbook build(List<FormSheet> forms) {
    XSSFWorkbook workbook = filled(new XSSFWorkbook(), forms);
    TemplateWriter.setProperties(workbook);
    return workbook;
  }

  private static List<FormSheet> blank(int year) {
    return List.of(new FormSheet(SHEET, FormContent.blank(year)));
  }

  /**
   * Saves the blank form of the current year to {@code target} (a temporary file renamed over it in
   * one step), as .xls when the name ends in {@code .xls}, else .xlsx, creating its folder when
   * needed.
   */
  public static void write(Path target) throws IOException {
    write(target, Year.now().getValue());
  }

  /** {@link #write(Path)} for the year {@code year}. */
  public static void write(Path target, int year) throws IOException {
    write(target, blank(year));
  }

  /**
   * Saves a workbook holding {@code forms}, one sheet each in order, then the guide (unless a
   * form's sheet has its name), to {@code target} as {@link #write(Path)} does.
   */
  public static void write(Path target, List<FormSheet> forms) throws IOException {
    Objects.requireNonNull(target, "target");
    Path folder = target.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    if (TemplateWriter.isXls(target)) {
      try (HSSFWorkbook workbook = filled(new HSSFWorkbook(), forms)) {
        SafeFiles.writeAtomically(target, workbook::write);
      }
    } else {
      try (XSSFWorkbook workbook = build(forms)) {
        SafeFiles.writeAtomically(target, out -> TemplateWriter.writeStable(workbook, out));
      }
    }
  }

  private static <W extends Workbook> W filled(W workbook, List<FormSheet> forms) {
    try {
      Drawing drawing = new Drawing(workbook);
      for (FormSheet form : forms) {
        drawing.form(form);
      }
      if (forms.stream().noneMatch(form -> form.name().equals(GUIDE_SHEET))) {
        drawing.guide();
      }
      workbook.setActiveSheet(0);
      workbook.setFirstVisibleTab(0);
      return workbook;
    } catch (RuntimeException e) {
      try {
        workbook.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** Draws both sheets of one workbook, all styles through {@link Styles}. */
  private static final class Drawing {
    private final Workbook workbook;
    private final Styles styles;
    private Sheet sheet;
    private int total;

    Drawing(Workbook workbook) {
      this.workbook = workbook;
      this.styles = new Styles(workbook);
    }

    void form(FormSheet form) {
      FormContent content = form.content();
      sheet = workbook.createSheet(form.name());
      total = firstLeafRow() + content.leafCount();
      int[] widths = widths();
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      put(0, 0, A, J, SHEET, TITLE);
      row(0).setHeightInPoints(36);
      put(1, 1, A, J, yearLine(content.year()), YEAR);
      row(1).setHeightInPoints(22);

      put(2, 2, A, B, "项目名称", LABEL);
      put(2, 2, C, J, content.project(), BODY);
      put(3, 3, A, B, "主管部门", LABEL);
      put(3, 3, C, E, content.department(), BODY);
      put(3, 3, F, G, "实施单位", LABEL);
      put(3, 3, H, J, content.unit(), BODY);
      funds(content.yearStartBudget());
      put(9, 10, A, A, "年度总体目标", LABEL);
      put(9, 9, B, F, "预期目标", HEADER);
      put(9, 9, G, J, "实际完成情况", HEADER);
      put(10, 10, B, F, content.expectedGoal(), BODY.top());
      put(10, 10, G, J, "", BODY.top());
      row(10).setHeightInPoints(GOAL_POINTS);
      indicators(content.levels());
      validations();
      fitHeights(widths);
      PageLayout.a4FitToWidth(sheet, false, 0);
      sheet.setHorizontallyCenter(true);
    }

    private void funds(Optional<Double> yearStartBudget) {
      put(4, 4, A, B, "项目资金（万元）", HEADER);
      for (int i = 0; i < FUND_HEADERS.size(); i++) {
        put(4, 4, C + i, C + i, FUND_HEADERS.get(i), HEADER);
      }
      put(4, 4, I, J, "", HEADER);
      for (int i = 0; i < FUND_ROWS.size(); i++) {
        int r = 5 + i;
        put(r, r, A, B, FUND_ROWS.get(i), LABEL);
        for (int c = C; c <= E; c++) {
          put(r, r, c, c, "", AMOUNT);
        }
        if (i == 0) {
          yearStartBudget.ifPresent(amount -> number(r, C, amount, AMOUNT));
          number(r, F, BUDGET_POINTS, LABEL);
          put(r, r, G, G, "", RATE);
          put(r, r, H, H, "", OUTPUT);
        } else {
          for (int c = F; c <= H; c++) {
            put(r, r, c, c, DASH, LABEL);
          }
        }
        put(r, r, I, J, "", BODY);
      }
    }

    private void indicators(List<FormContent.FirstLevel> levels) {
      int header = INDICATOR_HEADER_ROW;
      put(header, total - 1, A, A, INDICATOR_HEADERS.get(0), HEADER);
      for (int i = 1; i < INDICATOR_HEADERS.size() - 1; i++) {
        put(header, header, A + i, A + i, INDICATOR_HEADERS.get(i), HEADER);
      }
      put(header, header, I, J, INDICATOR_HEADERS.get(INDICATOR_HEADERS.size() - 1), HEADER);
      sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
      int r = firstLeafRow();
      for (FormContent.FirstLevel level : levels) {
        put(r, r + level.leafCount() - 1, B, B, level.name(), LABEL);
        for (FormContent.SecondLevel child : level.children()) {
          put(r, r + child.leaves().size() - 1, C, C, child.name(), LABEL);
          for (FormContent.Leaf leaf : child.leaves()) {
            leafRow(r++, leaf);
          }
        }
      }
      put(total, total, A, F, "总分", HEADER);
      number(total, G, TOTAL_POINTS, LABEL.withBold());
      put(total, total, H, H, "", OUTPUT.withBold());
      put(total, total, I, J, "", BODY);
    }

    private void leafRow(int r, FormContent.Leaf leaf) {
      put(r, r, D, D, leaf.name(), BODY);
      put(r, r, E, E, leaf.target(), BODY);
      put(r, r, F, F, "", BODY);
      put(r, r, G, G, "", SCORE);
      leaf.full().ifPresent(full -> number(r, G, full.doubleValue(), SCORE));
      put(r, r, H, H, "", OUTPUT);
      put(r, r, I, J, "", BODY);
    }

    /**
     * The band words on 实际完成值 (numbers may be typed too, so no error box), 分值 and 得分 as numbers of
     * at least 0 (得分 at most the row's 分值), and a 得分 below 分值 with no 偏差原因 turning yellow.
     */
    private void validations() {
      int first = firstLeafRow();
      int last = total - 1;
      Map<IndicatorColumn, Integer> columns =
          Map.of(
              IndicatorColumn.ACTUAL, F,
              IndicatorColumn.FULL, G,
              IndicatorColumn.SCORE, H,
              IndicatorColumn.REASON, I);
      ExcelAids.indicators(
          sheet,
          new IndicatorTable(AidsChoices.PRINTED_FORM, INDICATOR_HEADER_ROW, first, last, columns),
          last,
          styles);
    }

    /** Rows whose labels wrap in their (merged) width get a line of height per wrapped line. */
    private void fitHeights(int[] widths) {
      for (int r = 2; r <= total; r++) {
        if (r == 10) {
          continue;
        }
        Row row = row(r);
        int lines = 1;
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), ROW_POINTS));
        for (Cell cell : row) {
          String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
          if (text.isEmpty()) {
            continue;
          }
          int width = mergedWidth(r, cell.getColumnIndex(), widths);
          lines = Math.max(lines, TextWidth.wrappedLines(text, width - 1));
        }
        if (lines > 1) {
          row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS + 4));
        }
      }
    }

    private int mergedWidth(int r, int c, int[] widths) {
      for (CellRangeAddress region : sheet.getMergedRegions()) {
        if (region.isInRange(r, c) && region.getFirstRow() == r) {
          int sum = 0;
          for (int k = region.getFirstColumn(); k <= region.getLastColumn(); k++) {
            sum += widths[k];
          }
          return sum;
        }
      }
      return widths[c];
    }

    /**
     * Each column as wide as its widest single-cell label plus padding, at least {@link
     * #MIN_WIDTHS}.
     */
    private static int[] widths() {
      int[] widths = MIN_WIDTHS.clone();
      List<List<String>> single = new ArrayList<>();
      for (int c = 0; c <= J; c++) {
        single.add(new ArrayList<>());
      }
      for (int i = 0; i < FUND_HEADERS.size(); i++) {
        single.get(C + i).add(FUND_HEADERS.get(i));
      }
      for (int i = 1; i < INDICATOR_HEADERS.size() - 1; i++) {
        single.get(A + i).add(INDICATOR_HEADERS.get(i));
      }
      for (Level level : SKELETON) {
        single.get(B).add(level.name());
        single.get(C).addAll(level.children());
      }
      for (int c = 0; c <= J; c++) {
        for (String text : single.get(c)) {
          widths[c] = Math.max(widths[c], TextWidth.displayWidth(text) + 2);
        }
      }
      return widths;
    }

    // 填写说明

    void guide() {
      sheet = workbook.createSheet(GUIDE_SHEET);
      sheet.setColumnWidth(0, 14 * 256);
      sheet.setColumnWidth(1, 90 * 256);
      int[] widths = {14, 90};
      Cell title = row(0).createCell(0);
      title.setCellValue(Text.get("template.form.guide.title"));
      title.setCellStyle(styles.of(GUIDE_TITLE));
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
      row(0).setHeightInPoints(2 * LINE_POINTS);
      put(1, 1, 0, 0, Text.get("template.guide.header.item"), HEADER);
      put(1, 1, 1, 1, Text.get("template.guide.header.text"), HEADER);
      int r = 2;
      for (String topic : GUIDE_TOPICS) {
        String text = Text.get("template.form.guide." + topic);
        put(r, r, 0, 0, Text.get("template.form.guide." + topic + ".label"), GUIDE_LABEL);
        put(r, r, 1, 1, text, GUIDE_TEXT);
        row(r).setHeightInPoints(TextWidth.wrappedLines(text, widths[1] - 1) * LINE_POINTS + 4);
        r++;
      }
      sheet.createFreezePane(0, 2);
      PageLayout.a4FitToWidth(sheet, false, 0);
    }

    // Cells

    private Row row(int r) {
      Row row = sheet.getRow(r);
      return row != null ? row : sheet.createRow(r);
    }

    /**
     * Writes {@code text} into rows {@code r1..r2}, columns {@code c1..c2}, merged when more than
     * one cell; every cell of the region gets the style, so that its borders show.
     */
    private void put(int r1, int r2, int c1, int c2, String text, Look look) {
      for (int r = r1; r <= r2; r++) {
        for (int c = c1; c <= c2; c++) {
          Cell cell = row(r).createCell(c);
          cell.setCellStyle(styles.of(look));
          if (r == r1 && c == c1 && !text.isEmpty()) {
            cell.setCellValue(text);
          }
        }
      }
      if (r1 != r2 || c1 != c2) {
        sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
      }
    }

    private void number(int r, int c, double value, Look look) {
      Cell cell = row(r).createCell(c);
      cell.setCellStyle(styles.of(look));
      cell.setCellValue(value);
    }
  }
}
