package org.scorebook.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Target declarations (绩效目标申报表) built in code, in the two layouts Scorebook reads.
 *
 * <p>{@link #national()}: the central project library's form, columns A–H. Title {@code <项目名>绩效目标表}
 * (row 1), year line (2); 项目名称 (3), 主管部门及代码 | 实施单位 (4), 项目属性 | 项目周期 (5), labels spaced out as the
 * export prints them; 项目资金（万元） down rows 6–9 with 中期资金总额 (B–C, value D) and 年度资金总额 (E–F, value G–H)
 * and under each 其中：财政拨款, 上年结转资金, 其他资金 indented with spaces; 总体目标 with 中期目标 (B–D) and 年度目标 (E–H) in
 * row 10 and their text in row 11; the grid's header in rows 12–13 (一级指标 merged down; 中期: 二级 B, 三级
 * C, 指标值 D; 年度: 二级 E, 三级 F–G merged, 指标值 H), its lines from row 14. {@link
 * NationalBuilder#yearOnly()} leaves the 中期 half out (一级 A, 二级 B, 三级 C–D merged, 指标值 E).
 *
 * <p>{@link #local()}: 二级项目支出绩效目标申报表, columns A–E. Title (row 1), year line (2); label/value pairs
 * 项目编码 | 项目名称 (3), 申请单位 | 一级预算单位 (4), 实施期限 | 项目类型 (5), 是否新增项目 | 分配方式 (6), 项目总金额（中期规划，万元） |
 * 本年度项目金额（万元） (7), labels in A and C, values in B and D–E; 政策依据, 测算依据, 年度目标, 长期目标 (8–11) with
 * values over B–E; the grid's header (12: 一级指标 | 二级指标 | 三级指标 | 目标值 | 指标解释) and a row per line from
 * 13, 一级 and 二级 merged down; a footnote over A–E, then the signature row (填报人 in A, 联系电话 in C).
 * Variants seen in real exports: {@link LocalBuilder#splitValues} (计算符号 | 指标值 | 计量单位 in D–F),
 * {@link LocalBuilder#previousYear} (上年度实际水平 | 本年度计划水平 in D–E), each with 指标解释 after them, and
 * {@link LocalBuilder#twoRowHeader} (指标值 merged over the value's own headers).
 *
 * <p>Values are {@code Object}s: a {@link String} is written as text, a {@link Number} as a number,
 * {@code null} as nothing.
 */
public final class TargetForms {

  private TargetForms() {}

  /** A form that can be written into a workbook as one sheet. */
  public interface Form {
    /** Adds this form as a new sheet of {@code workbook}, after its sheets. */
    void fillInto(Workbook workbook);
  }

  public static NationalBuilder national() {
    return new NationalBuilder();
  }

  public static LocalBuilder local() {
    return new LocalBuilder();
  }

  /** A local form nobody filled in: no project name, the fixed rows with no indicator or value. */
  public static LocalBuilder blankLocal() {
    List<LocalLine> lines = new ArrayList<>();
    for (LocalLine line : LocalBuilder.SAMPLE) {
      if (lines.stream().noneMatch(l -> l.second().equals(line.second()))) {
        lines.add(new LocalLine(line.first(), line.second(), "", "", ""));
      }
    }
    return local().projectName("").projectCode("").lines(lines);
  }

  /**
   * A sheet of the mid-year monitoring form (绩效目标执行监控表) without its title: an indicator header with
   * 年度指标值, 1-7月执行数 and 完成目标可能性, one line filled in.
   */
  public static Form monitoringSheet(String sheetName) {
    return workbook -> {
      Sheet sheet = workbook.createSheet(sheetName);
      String[] header = {"一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行数", "全年预计完成数", "完成目标可能性", "原因说明"};
      for (int c = 0; c < header.length; c++) {
        put(sheet, 2, c, header[c]);
      }
      Object[] line = {"产出指标", "数量指标", "培训人次", "≥500人次", "320人次", "520人次", "确定能", ""};
      for (int c = 0; c < line.length; c++) {
        put(sheet, 3, c, line[c]);
      }
    };
  }

  /** {@code forms} in one new workbook, one sheet each in order: HSSF (.xls) or XSSF. */
  public static Workbook build(boolean xls, List<? extends Form> forms) {
    Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook();
    forms.forEach(form -> form.fillInto(workbook));
    return workbook;
  }

  /** {@code forms} written to {@code file}: an .xls by HSSF, otherwise an .xlsx. */
  public static Path saveAll(Path file, List<? extends Form> forms) {
    try (Workbook workbook = build(file.toString().endsWith(".xls"), forms);
        var out = Files.newOutputStream(file)) {
      workbook.write(out);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of an .xlsx holding {@code forms}. */
  public static byte[] bytes(List<? extends Form> forms) {
    try (Workbook workbook = build(false, forms);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One line of the national grid: the 一级 name, then the 年度 half's 二级, 三级 and 指标值, then the 中期
   * half's 三级 and 指标值 (its 二级 is the 年度 one's).
   */
  public record NationalLine(
      String first,
      String second,
      String third,
      Object value,
      String midTermThird,
      Object midTermValue) {}

  /** One line of the local grid. */
  public record LocalLine(
      String first, String second, String third, Object value, Object explanation) {}

  /**
   * A 指标值 printed in three cells, as a {@link LocalLine}'s value in a grid of {@link
   * LocalBuilder#splitValues}: 计算符号, 指标值, 计量单位.
   */
  public record SplitValue(String symbol, Object value, String unit) {}

  public static SplitValue split(String symbol, Object value, String unit) {
    return new SplitValue(symbol, value, unit);
  }

  /** The national layout; see the type's comment for its cells. */
  public static final class NationalBuilder implements Form {
    /** The grid's first line, 0-based. */
    public static final int FIRST_LINE_ROW = 13;

    private String sheetName = "项目支出绩效目标申报表";
    private String projectName = "高校思想政治工作能力提升";
    private String title = null;
    private String yearLine = "( 2020年度)";
    private Object department = "[105]教育部";
    private Object unit = "教育部思想政治工作司";
    private Object attribute = "延续项目";
    private Object period = "3年";
    private Object[] midTermAmounts = {3000, 2800, 200, 0};
    private Object[] yearAmounts = {1000, 900, 100, 0};
    private Object midTermGoal = "三年内建成覆盖全国高校的思想政治工作培训体系。";
    private Object yearGoal = "全年培训高校辅导员 5000 人次，培训满意度不低于 90%。";
    private boolean midTermHalf = true;
    private List<NationalLine> lines = new ArrayList<>(sample());
    private final List<Consumer<Workbook>> edits = new ArrayList<>();

    private NationalBuilder() {}

    private static List<NationalLine> sample() {
      return List.of(
          new NationalLine("产出指标", "数量指标", "培训辅导员人次", "≥5000人次", "培训辅导员总人次", "≥15000人次"),
          new NationalLine("产出指标", "质量指标", "培训合格率", "≥95%", "培训合格率", "≥95%"),
          new NationalLine("产出指标", "时效指标", "培训完成时间\n", "2020年11月底前", "培训完成时间", "每年11月底前"),
          new NationalLine("产出指标", "成本指标", "年度培训成本", "≤1000万元", "培训总成本", "≤3000万元"),
          new NationalLine("效益指标", "社会效益指标", "辅导员履职能力", "显著提升", "辅导员履职能力", "显著提升"),
          new NationalLine("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "参训人员满意度", "≥90%"));
    }

    public NationalBuilder sheetName(String name) {
      this.sheetName = name;
      return this;
    }

    public NationalBuilder projectName(String name) {
      this.projectName = name;
      return this;
    }

    /** The title; {@code <项目名称>绩效目标表} unless set. */
    public NationalBuilder title(String title) {
      this.title = title;
      return this;
    }

    public NationalBuilder yearLine(String yearLine) {
      this.yearLine = yearLine;
      return this;
    }

    public NationalBuilder department(Object department) {
      this.department = department;
      return this;
    }

    public NationalBuilder unit(Object unit) {
      this.unit = unit;
      return this;
    }

    /** 中期资金总额 and its 财政拨款, 上年结转资金, 其他资金. */
    public NationalBuilder midTermAmounts(
        Object total, Object fiscal, Object carried, Object other) {
      this.midTermAmounts = new Object[] {total, fiscal, carried, other};
      return this;
    }

    /** 年度资金总额 and its 财政拨款, 上年结转资金, 其他资金. */
    public NationalBuilder yearAmounts(Object total, Object fiscal, Object carried, Object other) {
      this.yearAmounts = new Object[] {total, fiscal, carried, other};
      return this;
    }

    public NationalBuilder goals(Object midTerm, Object year) {
      this.midTermGoal = midTerm;
      this.yearGoal = year;
      return this;
    }

    public NationalBuilder lines(List<NationalLine> lines) {
      this.lines = new ArrayList<>(lines);
      return this;
    }

    public List<NationalLine> lines() {
      return List.copyOf(lines);
    }

    /** A grid with the 年度 half only, and 年度目标 alone under 总体目标. */
    public NationalBuilder yearOnly() {
      this.midTermHalf = false;
      return this;
    }

    public NationalBuilder edit(Consumer<Workbook> edit) {
      edits.add(edit);
      return this;
    }

    public XSSFWorkbook build() {
      XSSFWorkbook workbook = new XSSFWorkbook();
      fillInto(workbook);
      return workbook;
    }

    public HSSFWorkbook buildXls() {
      HSSFWorkbook workbook = new HSSFWorkbook();
      fillInto(workbook);
      return workbook;
    }

    @Override
    public void fillInto(Workbook workbook) {
      Sheet sheet = workbook.createSheet(sheetName);
      span(sheet, 0, 0, 7, title != null ? title : projectName + "绩效目标表");
      span(sheet, 1, 0, 7, yearLine);
      pair(sheet, 2, 0, 1, "项 目 名 称", 2, 7, projectName);
      pair(sheet, 3, 0, 1, "主管部门及代码", 2, 3, department);
      pair(sheet, 3, 4, 5, "实施单位", 6, 7, unit);
      pair(sheet, 4, 0, 1, "项 目 属 性", 2, 3, attribute);
      pair(sheet, 4, 4, 5, "项 目 周 期", 6, 7, period);
      put(sheet, 5, 0, "项目资金（万元）");
      merge(sheet, 5, 8, 0, 0);
      funds(sheet, 1, 3, 3, "中期资金总额", midTermAmounts);
      funds(sheet, 4, 6, 7, "年度资金总额", yearAmounts);
      put(sheet, 9, 0, "总体目标");
      merge(sheet, 9, 10, 0, 0);
      if (midTermHalf) {
        span(sheet, 9, 1, 3, "中期目标");
        span(sheet, 10, 1, 3, midTermGoal);
      }
      span(sheet, 9, midTermHalf ? 4 : 1, 7, "年度目标");
      span(sheet, 10, midTermHalf ? 4 : 1, 7, yearGoal);
      grid(sheet);
      edits.forEach(edit -> edit.accept(workbook));
    }

    private static void funds(
        Sheet sheet, int label, int value, int valueEnd, String total, Object[] amounts) {
      String[] labels = {total, "    其中：财政拨款", "        上年结转资金", "        其他资金"};
      for (int i = 0; i < labels.length; i++) {
        pair(sheet, 5 + i, label, label + 1, labels[i], value, valueEnd, amounts[i]);
      }
    }

    private void grid(Sheet sheet) {
      put(sheet, 11, 0, "一级指标");
      merge(sheet, 11, 12, 0, 0);
      int year = midTermHalf ? 4 : 1;
      if (midTermHalf) {
        span(sheet, 11, 1, 3, "中期指标");
        header(sheet, 1, 2, 3);
      }
      span(sheet, 11, year, year + 3, "年度指标");
      header(sheet, year, year + 1, year + 3);
      for (int i = 0; i < lines.size(); i++) {
        NationalLine line = lines.get(i);
        int r = FIRST_LINE_ROW + i;
        NationalLine above = i > 0 ? lines.get(i - 1) : null;
        if (above == null || !above.first().equals(line.first())) {
          put(sheet, r, 0, line.first());
        }
        if (midTermHalf) {
          put(sheet, r, 1, line.second());
          put(sheet, r, 2, line.midTermThird());
          put(sheet, r, 3, line.midTermValue());
        }
        put(sheet, r, year, line.second());
        put(sheet, r, year + 1, line.third());
        merge(sheet, r, r, year + 1, year + 2);
        put(sheet, r, year + 3, line.value());
      }
      mergeRuns(sheet, FIRST_LINE_ROW, lines.stream().map(NationalLine::first).toList(), 0);
    }

    private static void header(Sheet sheet, int second, int third, int value) {
      put(sheet, 12, second, "二级指标");
      put(sheet, 12, third, "三级指标");
      if (value - third > 1) {
        merge(sheet, 12, 12, third, value - 1);
      }
      put(sheet, 12, value, "指标值");
    }
  }

  /** The local layout; see the type's comment for its cells. */
  public static final class LocalBuilder implements Form {
    /** The grid's header row, 0-based; the lines follow it. */
    public static final int HEADER_ROW = 11;

    static final List<LocalLine> SAMPLE =
        List.of(
            new LocalLine("产出", "数量", "培训人次", "≥500人次", "全年组织社区养老护理员培训的人次"),
            new LocalLine("产出", "数量", "培训场次", "≥10场", "全年组织培训的场次"),
            new LocalLine("产出", "质量", "培训合格率", "≥95%", "考核合格人数占参训人数的比例"),
            new LocalLine("产出", "时效", "培训完成时间", "2023年11月底前", "全部培训完成的时间"),
            new LocalLine("产出", "成本", "项目总成本", "≤48.14万元", "项目全年支出总额"),
            new LocalLine("效益", "经济效益", "不适用", "不适用", ""),
            new LocalLine("效益", "社会效益", "护理服务水平", "显著提升", "社区养老护理服务水平的变化"),
            new LocalLine("效益", "生态效益", "不适用", "不适用", ""),
            new LocalLine("效益", "可持续影响", "护理员持证上岗率", "≥80%", "持证护理员占全部护理员的比例"),
            new LocalLine("满意度", "服务对象满意度", "参训人员满意度", "≥90%", "问卷调查满意的参训人员比例"),
            new LocalLine("满意度", "其他满意度", "不适用", "不适用", ""));

    private String sheetName = "二级项目支出绩效目标申报表";
    private String title = "二级项目支出绩效目标申报表";
    private String yearLine = "（2023年度）";
    private Object projectCode = "31011223000012";
    private Object projectName = "政府购买服务（社区养老护理员培训）\n";
    private Object applicant = "区民政局";
    private Object budgetUnit = "区民政局";
    private Object period = "2023年1月-2023年12月";
    private Object type = "经常性项目";
    private Object isNew = "否";
    private Object allocation = "政府购买服务";
    private Object midTermAmount = 144.42;
    private Object yearAmount = 48.14;
    private String yearAmountLabel = "本年度项目金额（万元）";
    private Object policy = "《关于加快发展养老服务业的实施意见》";
    private Object basis = "培训 10 场 × 4.814 万元";
    private Object yearGoal = "全年培训社区养老护理员 500 人次，合格率不低于 95%。";
    private Object longGoal = "三年内社区养老护理员全部持证上岗。";
    private String footnote = "注：1.绩效指标可根据项目实际增减；2.不适用的指标填写“不适用”。";
    private List<LocalLine> lines = new ArrayList<>(SAMPLE);
    private List<String> valueHeaders = List.of("目标值");
    private Map<String, Object> previousYear = null;
    private boolean twoRowHeader = false;
    private final List<Consumer<Workbook>> edits = new ArrayList<>();

    private LocalBuilder() {}

    /**
     * The value in three columns D–F headed {@code symbol}, {@code value} and {@code unit} ({@code
     * 计算符号 | 指标值 | 计量单位}), 指标解释 in G: a line's {@link SplitValue} fills the three, any other value
     * only the middle one.
     */
    public LocalBuilder splitValues(String symbol, String value, String unit) {
      this.valueHeaders = List.of(symbol, value, unit);
      this.previousYear = null;
      return this;
    }

    /**
     * 上年度实际水平 (D) beside 本年度计划水平 (E), 指标解释 in F: last year's level of each line by its 三级 name,
     * nothing where none is given; the lines' values are this year's.
     */
    public LocalBuilder previousYear(Map<String, Object> byThird) {
      this.valueHeaders = List.of("上年度实际水平", "本年度计划水平");
      this.previousYear = Map.copyOf(byThird);
      return this;
    }

    /**
     * The grid's header over two rows: 一级指标, 二级指标, 三级指标 and 指标解释 merged down, 指标值 merged across the
     * value's columns with their own headers under it; the lines start a row lower.
     */
    public LocalBuilder twoRowHeader() {
      this.twoRowHeader = true;
      return this;
    }

    public LocalBuilder sheetName(String name) {
      this.sheetName = name;
      return this;
    }

    public LocalBuilder title(String title) {
      this.title = title;
      return this;
    }

    public LocalBuilder yearLine(String yearLine) {
      this.yearLine = yearLine;
      return this;
    }

    public LocalBuilder projectCode(Object code) {
      this.projectCode = code;
      return this;
    }

    public LocalBuilder projectName(Object name) {
      this.projectName = name;
      return this;
    }

    public LocalBuilder applicant(Object applicant) {
      this.applicant = applicant;
      return this;
    }

    /** 项目总金额（中期规划，万元） and 本年度项目金额（万元）: numbers or text ({@code "10185500"}). */
    public LocalBuilder amounts(Object midTerm, Object year) {
      this.midTermAmount = midTerm;
      this.yearAmount = year;
      return this;
    }

    /** The label of the year's amount, which names its unit: {@code 本年度项目金额（元）}. */
    public LocalBuilder yearAmountLabel(String label) {
      this.yearAmountLabel = label;
      return this;
    }

    public LocalBuilder policy(Object policy) {
      this.policy = policy;
      return this;
    }

    public LocalBuilder basis(Object basis) {
      this.basis = basis;
      return this;
    }

    public LocalBuilder goals(Object year, Object longTerm) {
      this.yearGoal = year;
      this.longGoal = longTerm;
      return this;
    }

    public LocalBuilder lines(List<LocalLine> lines) {
      this.lines = new ArrayList<>(lines);
      return this;
    }

    public List<LocalLine> lines() {
      return List.copyOf(lines);
    }

    /** Replaces the line whose 三级指标 is {@code third}, using its values. */
    public LocalBuilder line(String third, Function<LocalLine, LocalLine> change) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).third().equals(third)) {
          lines.set(i, change.apply(lines.get(i)));
          return this;
        }
      }
      throw new IllegalArgumentException("no line " + third);
    }

    /** The 0-based row of the line whose 三级指标 is {@code third}. */
    public int row(String third) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).third().equals(third)) {
          return firstLineRow() + i;
        }
      }
      throw new IllegalArgumentException("no line " + third);
    }

    /** The 0-based row of the grid's first line: under the header's one or two rows. */
    public int firstLineRow() {
      return HEADER_ROW + (twoRowHeader ? 2 : 1);
    }

    /** The 0-based row of the footnote, under the last line. */
    public int footnoteRow() {
      return firstLineRow() + lines.size();
    }

    /** The 0-based column of the 指标值 read: 指标值 of three, 本年度计划水平, else 目标值. */
    public int valueColumn() {
      return valueHeaders.size() == 3 ? 4 : 2 + valueHeaders.size();
    }

    public LocalBuilder edit(Consumer<Workbook> edit) {
      edits.add(edit);
      return this;
    }

    public XSSFWorkbook build() {
      XSSFWorkbook workbook = new XSSFWorkbook();
      fillInto(workbook);
      return workbook;
    }

    public HSSFWorkbook buildXls() {
      HSSFWorkbook workbook = new HSSFWorkbook();
      fillInto(workbook);
      return workbook;
    }

    @Override
    public void fillInto(Workbook workbook) {
      Sheet sheet = workbook.createSheet(sheetName);
      span(sheet, 0, 0, 4, title);
      span(sheet, 1, 0, 4, yearLine);
      pairs(sheet, 2, "项目编码", projectCode, "项目名称", projectName);
      pairs(sheet, 3, "申请单位", applicant, "一级预算单位", budgetUnit);
      pairs(sheet, 4, "实施期限", period, "项目类型", type);
      pairs(sheet, 5, "是否新增项目", isNew, "分配方式", allocation);
      pairs(sheet, 6, "项目总金额（中期规划，万元）", midTermAmount, yearAmountLabel, yearAmount);
      Object[][] wide = {{"政策依据", policy}, {"测算依据", basis}, {"年度目标", yearGoal}, {"长期目标", longGoal}};
      for (int i = 0; i < wide.length; i++) {
        pair(sheet, 7 + i, 0, 0, (String) wide[i][0], 1, 4, wide[i][1]);
      }
      grid(sheet);
      span(sheet, footnoteRow(), 0, 4, footnote);
      put(sheet, footnoteRow() + 1, 0, "填报人：王敏");
      put(sheet, footnoteRow() + 1, 2, "联系电话：021-12345678");
      edits.forEach(edit -> edit.accept(workbook));
    }

    private void grid(Sheet sheet) {
      header(sheet);
      int first = firstLineRow();
      for (int i = 0; i < lines.size(); i++) {
        List<Object> cells = cells(lines.get(i));
        for (int c = 0; c < cells.size(); c++) {
          put(sheet, first + i, c, cells.get(c));
        }
      }
      mergeRuns(sheet, first, lines.stream().map(LocalLine::first).toList(), 0);
      mergeRuns(sheet, first, lines.stream().map(l -> l.first() + "/" + l.second()).toList(), 1);
    }

    private void header(Sheet sheet) {
      List<String> header = new ArrayList<>(List.of("一级指标", "二级指标", "三级指标"));
      int values = header.size();
      header.addAll(valueHeaders);
      header.add("指标解释");
      int under = twoRowHeader ? HEADER_ROW + 1 : HEADER_ROW;
      for (int c = 0; c < header.size(); c++) {
        boolean value = c >= values && c < values + valueHeaders.size();
        put(sheet, value ? under : HEADER_ROW, c, header.get(c));
        if (twoRowHeader && !value) {
          merge(sheet, HEADER_ROW, under, c, c);
        }
      }
      if (twoRowHeader) {
        span(sheet, HEADER_ROW, values, values + valueHeaders.size() - 1, "指标值");
      }
    }

    /** A line's cells from column A: names, the value's cells, 指标解释. */
    private List<Object> cells(LocalLine line) {
      List<Object> cells = new ArrayList<>(List.of(line.first(), line.second(), line.third()));
      if (valueHeaders.size() == 3) {
        SplitValue split =
            line.value() instanceof SplitValue given
                ? given
                : new SplitValue(null, line.value(), null);
        cells.addAll(Arrays.asList(split.symbol(), split.value(), split.unit()));
      } else if (previousYear != null) {
        cells.addAll(Arrays.asList(previousYear.get(line.third()), line.value()));
      } else {
        cells.add(line.value());
      }
      cells.add(line.explanation());
      return cells;
    }

    private static void pairs(Sheet sheet, int r, String l1, Object v1, String l2, Object v2) {
      put(sheet, r, 0, l1);
      put(sheet, r, 1, v1);
      put(sheet, r, 2, l2);
      put(sheet, r, 3, v2);
      merge(sheet, r, r, 3, 4);
    }
  }

  /**
   * Merges each run of equal names down {@code column}, blanking the cells under the first; the
   * run's first cell keeps the name.
   */
  private static void mergeRuns(Sheet sheet, int firstRow, List<String> names, int column) {
    int start = 0;
    for (int i = 1; i <= names.size(); i++) {
      if (i < names.size() && names.get(i).equals(names.get(start))) {
        put(sheet, firstRow + i, column, null);
        continue;
      }
      if (i - 1 > start) {
        merge(sheet, firstRow + start, firstRow + i - 1, column, column);
      }
      start = i;
    }
  }

  private static void pair(
      Sheet sheet, int r, int l1, int l2, String label, int v1, int v2, Object value) {
    span(sheet, r, l1, l2, label);
    span(sheet, r, v1, v2, value);
  }

  private static void span(Sheet sheet, int r, int c1, int c2, Object value) {
    put(sheet, r, c1, value);
    if (c2 > c1) {
      merge(sheet, r, r, c1, c2);
    }
  }

  private static void merge(Sheet sheet, int r1, int r2, int c1, int c2) {
    sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
  }

  private static void put(Sheet sheet, int r, int c, Object value) {
    TestWorkbooks.writeCell(sheet, r, c, value);
  }
}
