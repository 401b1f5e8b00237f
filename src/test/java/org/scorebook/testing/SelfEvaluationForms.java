package org.scorebook.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.read.UnreadableWorkbookException;
import org.scorebook.read.WorkbookReader;

/**
 * National self-evaluation forms (项目支出绩效自评表) built in code, laid out as the real form: title, year
 * line, header block, funds block, 年度总体目标, the indicator table with 一级/二级 merged down and a
 * leftmost 绩效指标 column merged over the table, and the 总分 row.
 *
 * <p>{@link #form()} is a complete, plausible form (the shipped sample's project) that scores
 * 96.16: 产出 47.5 + 效益 29 + 满意度 10 + 预算执行 9.66. Each setter changes one thing; {@link Builder#edit}
 * changes the built workbook directly. Values are {@code Object}s: a {@link String} is written as
 * text, a {@link Number} as a number, {@code null} as nothing, {@link TestWorkbooks#formulaCell} as
 * an Excel formula.
 */
public final class SelfEvaluationForms {
  /** The file name {@link Builder#read} gives the evaluation. */
  public static final String SOURCE = "自评表.xlsx";

  private SelfEvaluationForms() {}

  /** One row of the indicator table. */
  public record Leaf(
      String first,
      String second,
      String third,
      Object target,
      Object actual,
      Object full,
      Object score,
      Object reason) {}

  /** The leaves of the sample form: 产出 50, 效益 30, 满意度 10. */
  public static List<Leaf> sampleLeaves() {
    return List.of(
        new Leaf("产出指标", "数量指标", "定期维护检查次数", "每周4次", "每周4次", 15, 15, null),
        new Leaf("产出指标", "数量指标", "运维成果报告", "≥1份", "1份", 5, 5, null),
        new Leaf("产出指标", "质量指标", "平均月故障次数", "<1次", "0.5次", 10, 10, null),
        new Leaf("产出指标", "质量指标", "系统可用率", "≥99%", "99.6%", 5, 5, null),
        new Leaf("产出指标", "时效指标", "平均故障修复时间", "<2小时", "2.5小时", 10, 8, "3 月数据库故障修复用时较长。"),
        new Leaf("产出指标", "成本指标", "项目成本控制", "≤5.8万元", "5.6万元", 5, 5, null),
        new Leaf("效益指标", "社会效益指标", "审批事项标准化覆盖率", "≥90%", "98%", 10, 10, null),
        new Leaf("效益指标", "社会效益指标", "系统支撑审批办件量", "≥2万件", "3.2万件", 10, 10, null),
        new Leaf("效益指标", "可持续影响指标", "系统持续稳定运行", "作用明显", "达成年度指标", 10, 9, "个别功能响应偏慢。"),
        new Leaf("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", "93%", 10, 10, null));
  }

  /** The bytes of {@link #form()} written by POI's HSSF, as Excel 97-2003 would write it. */
  public static byte[] xlsBytes() throws IOException {
    Path file = Files.createTempFile("scorebook-test-", ".xls");
    try {
      return Files.readAllBytes(form().saveTo(file));
    } finally {
      Files.delete(file);
    }
  }

  public static Builder form() {
    return new Builder();
  }

  /**
   * The {@code number}th project of a unit's workbook: the sample form on sheet {@code 项目N}, named
   * {@code 项目N：…}, with its own funds and, on every other project, one leaf scored lower.
   */
  public static Builder project(int number) {
    Builder form =
        form()
            .sheetName("项目" + number)
            .projectName("项目" + number + "：行政审批系统运维")
            .funds(5.0 + number * 0.25, 4.5 + number * 0.2);
    return number % 2 == 0 ? form.score("系统可用率", 4) : form;
  }

  /**
   * A copy of the form nobody filled in: no project name, no funds, the indicator rows only
   * numbered, as a budget system exports an empty form.
   */
  public static Builder blank() {
    List<Leaf> placeholders = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      placeholders.add(new Leaf("产出指标", "数量指标", "指标" + i + "：", null, null, null, null, null));
    }
    return form().projectName("").funds(null, null).leaves(placeholders);
  }

  /**
   * The leaf {@code third} of {@code form} with its 分值 typed as the word 五: the project's one
   * error.
   */
  public static Builder withTextFull(Builder form, String third) {
    Leaf leaf = form.leaf(third);
    return form.replace(
        third,
        new Leaf(
            leaf.first(),
            leaf.second(),
            leaf.third(),
            leaf.target(),
            leaf.actual(),
            "五",
            leaf.score(),
            leaf.reason()));
  }

  /**
   * Writes {@code forms} into one workbook at {@code file}, one sheet each in order: an .xls by
   * POI's HSSF, as Excel 97-2003 would, otherwise an .xlsx.
   */
  public static Path saveAll(Path file, List<Builder> forms) {
    try (Workbook workbook =
        file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
      forms.forEach(form -> form.fillInto(workbook));
      try (var out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds one form; the layout's cells are public so tests can point at them. */
  public static final class Builder {
    private String title = "项目支出绩效自评表";
    private String yearLine = "（2016年度）";
    private String unitLabel = "实施单位";
    private String nameLabel = "项目名称";
    private String projectName = "上海市行政审批标准化管理系统运维项目";
    private String fundsHeader = "项目资金（万元）";
    private Object plannedBudget = 5.8;
    private Object budget = 5.8;
    private Object executed = 5.6;
    private Object budgetFull = 10;
    private List<Leaf> leaves = new ArrayList<>(sampleLeaves());
    private Object total = null;
    private boolean performanceColumn = true;
    private boolean mergeLevels = true;
    private String sheetName = "项目支出绩效自评表";
    private final List<String> sheetsBefore = new ArrayList<>();
    private final List<Consumer<Workbook>> edits = new ArrayList<>();

    private Builder() {}

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder yearLine(String yearLine) {
      this.yearLine = yearLine;
      return this;
    }

    public Builder unitLabel(String label) {
      this.unitLabel = label;
      return this;
    }

    public Builder nameLabel(String label) {
      this.nameLabel = label;
      return this;
    }

    public Builder projectName(String name) {
      this.projectName = name;
      return this;
    }

    /** 年度资金总额's 全年预算数 and 全年执行数. */
    public Builder funds(Object budget, Object executed) {
      this.budget = budget;
      this.executed = executed;
      return this;
    }

    /** The funds block's header, which may name the unit: {@code 项目资金（元）}. */
    public Builder fundsHeader(String header) {
      this.fundsHeader = header;
      return this;
    }

    /** 年度资金总额's and 当年财政拨款's 年初预算数. */
    public Builder plannedBudget(Object planned) {
      this.plannedBudget = planned;
      return this;
    }

    public Builder budgetFull(Object full) {
      this.budgetFull = full;
      return this;
    }

    public Builder leaves(List<Leaf> leaves) {
      this.leaves = new ArrayList<>(leaves);
      return this;
    }

    /** Replaces the leaf whose 三级指标 is {@code third}. */
    public Builder replace(String third, Leaf leaf) {
      int index = indexOf(third);
      leaves.set(index, leaf);
      return this;
    }

    /** The leaf whose 三级指标 is {@code third} with {@code score} in its 得分 cell. */
    public Builder score(String third, Object score) {
      Leaf leaf = leaf(third);
      return replace(
          third,
          new Leaf(
              leaf.first(),
              leaf.second(),
              leaf.third(),
              leaf.target(),
              leaf.actual(),
              leaf.full(),
              score,
              leaf.reason()));
    }

    /** The leaf whose 三级指标 is {@code third}, for changing one of its values. */
    public Leaf leaf(String third) {
      return leaves.get(indexOf(third));
    }

    private int indexOf(String third) {
      for (int i = 0; i < leaves.size(); i++) {
        if (leaves.get(i).third().equals(third)) {
          return i;
        }
      }
      throw new IllegalArgumentException("no leaf " + third);
    }

    /** What the 总分 row's 得分 cell holds: a number, text or a formula. */
    public Builder total(Object total) {
      this.total = total;
      return this;
    }

    /** Without the leftmost 绩效指标 column: 一级指标 in column A. */
    public Builder withoutPerformanceColumn() {
      this.performanceColumn = false;
      return this;
    }

    /** 一级 and 二级 names repeated on every row instead of merged down. */
    public Builder repeatedLevelNames() {
      this.mergeLevels = false;
      return this;
    }

    /** Other sheets before the form, as a project-library export has them. */
    public Builder afterSheets(String... names) {
      sheetsBefore.addAll(List.of(names));
      return this;
    }

    /** The name of the sheet that holds the form. */
    public Builder sheetName(String name) {
      this.sheetName = name;
      return this;
    }

    public String sheetName() {
      return sheetName;
    }

    public Builder edit(Consumer<Workbook> edit) {
      edits.add(edit);
      return this;
    }

    // The layout, 0-based.

    /** Column of 一级指标; the other table columns follow it. */
    public int firstLevelColumn() {
      return performanceColumn ? 1 : 0;
    }

    public int column(String header) {
      int first = firstLevelColumn();
      return switch (header) {
        case "一级指标" -> first;
        case "二级指标" -> first + 1;
        case "三级指标" -> first + 2;
        case "年度指标值" -> first + 3;
        case "实际完成值" -> first + 4;
        case "分值" -> first + 5;
        case "得分" -> first + 6;
        case "偏差原因分析及改进措施" -> first + 7;
        default -> throw new IllegalArgumentException(header);
      };
    }

    public static final int FUNDS_HEADER_ROW = 4;
    public static final int FUNDS_ROW = 5;
    public static final int BUDGET_COLUMN = 3;
    public static final int EXECUTED_COLUMN = 4;
    public static final int FUNDS_FULL_COLUMN = 5;
    public static final int RATE_COLUMN = 6;
    public static final int FUNDS_SCORE_COLUMN = 7;
    public static final int TABLE_HEADER_ROW = 11;

    /** Row of the leaf whose 三级指标 is {@code third}. */
    public int row(String third) {
      return TABLE_HEADER_ROW + 1 + indexOf(third);
    }

    public int totalRow() {
      return TABLE_HEADER_ROW + 1 + leaves.size();
    }

    public XSSFWorkbook build() {
      XSSFWorkbook workbook = new XSSFWorkbook();
      fill(workbook);
      return workbook;
    }

    public HSSFWorkbook buildXls() {
      HSSFWorkbook workbook = new HSSFWorkbook();
      fill(workbook);
      return workbook;
    }

    public byte[] bytes() {
      try (XSSFWorkbook workbook = build();
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        workbook.write(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public Path saveTo(Path file) {
      try (Workbook workbook =
          file.toString().endsWith(".xls") ? buildXls() : WorkbookFactory.create(in())) {
        try (var out = Files.newOutputStream(file)) {
          workbook.write(out);
        }
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private ByteArrayInputStream in() {
      return new ByteArrayInputStream(bytes());
    }

    public Evaluation read() throws UnreadableWorkbookException {
      try (XSSFWorkbook workbook = build()) {
        return WorkbookReader.read(workbook, SOURCE, Kinds.ALL.readers());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Adds this form, and the sheets before it, to {@code workbook}, after its sheets. */
    public void fillInto(Workbook workbook) {
      fill(workbook);
    }

    private void fill(Workbook workbook) {
      sheetsBefore.forEach(
          name -> workbook.createSheet(name).createRow(0).createCell(0).setCellValue(name));
      Sheet sheet = workbook.createSheet(sheetName);
      int a = 0;
      if (title != null) {
        put(sheet, 0, 0, title);
        merge(sheet, 0, 0, 0, 9);
      }
      put(sheet, 1, 0, yearLine);
      merge(sheet, 1, 1, 0, 9);
      put(sheet, 2, a, nameLabel);
      merge(sheet, 2, 2, 0, 1);
      put(sheet, 2, 2, projectName);
      merge(sheet, 2, 2, 2, 9);
      put(sheet, 3, 0, "主管部门");
      merge(sheet, 3, 3, 0, 1);
      put(sheet, 3, 2, "上海市机构编制委员会办公室");
      merge(sheet, 3, 3, 2, 4);
      put(sheet, 3, 5, unitLabel);
      merge(sheet, 3, 3, 5, 6);
      put(sheet, 3, 7, "上海市机构编制委员会办公室审改处");
      merge(sheet, 3, 3, 7, 9);
      funds(sheet);
      put(sheet, 9, 0, "年度总体目标");
      merge(sheet, 9, 10, 0, 0);
      put(sheet, 9, 1, "预期目标");
      merge(sheet, 9, 9, 1, 5);
      put(sheet, 9, 6, "实际完成情况");
      merge(sheet, 9, 9, 6, 9);
      put(sheet, 10, 1, "确保系统稳定运行。");
      merge(sheet, 10, 10, 1, 5);
      put(sheet, 10, 6, "系统全年稳定运行。");
      merge(sheet, 10, 10, 6, 9);
      table(sheet);
      edits.forEach(edit -> edit.accept(workbook));
    }

    private void funds(Sheet sheet) {
      int h = FUNDS_HEADER_ROW;
      put(sheet, h, 0, fundsHeader);
      merge(sheet, h, h, 0, 1);
      String[] headers = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
      for (int i = 0; i < headers.length; i++) {
        put(sheet, h, 2 + i, headers[i]);
      }
      Object[][] lines = {
        {"年度资金总额", plannedBudget, budget, executed, budgetFull},
        {"其中：当年财政拨款", plannedBudget, budget, executed, "—"},
        {"上年结转资金", "—", "—", "—", "—"},
        {"其他资金", "—", "—", "—", "—"}
      };
      for (int i = 0; i < lines.length; i++) {
        int r = FUNDS_ROW + i;
        put(sheet, r, 0, lines[i][0]);
        merge(sheet, r, r, 0, 1);
        for (int c = 1; c < lines[i].length; c++) {
          put(sheet, r, 1 + c, lines[i][c]);
        }
      }
    }

    private void table(Sheet sheet) {
      int h = TABLE_HEADER_ROW;
      if (performanceColumn) {
        put(sheet, h, 0, "绩效指标");
      }
      String[] headers = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
      for (String header : headers) {
        put(sheet, h, column(header), header);
      }
      int reason = column("偏差原因分析及改进措施");
      merge(sheet, h, h, reason, reason + 1);
      for (int i = 0; i < leaves.size(); i++) {
        Leaf leaf = leaves.get(i);
        int r = h + 1 + i;
        Leaf above = i > 0 ? leaves.get(i - 1) : null;
        boolean sameFirst = above != null && above.first().equals(leaf.first());
        boolean sameSecond = sameFirst && above.second().equals(leaf.second());
        if (!mergeLevels || !sameFirst) {
          put(sheet, r, column("一级指标"), leaf.first());
        }
        if (!mergeLevels || !sameSecond) {
          put(sheet, r, column("二级指标"), leaf.second());
        }
        put(sheet, r, column("三级指标"), leaf.third());
        put(sheet, r, column("年度指标值"), leaf.target());
        put(sheet, r, column("实际完成值"), leaf.actual());
        put(sheet, r, column("分值"), leaf.full());
        put(sheet, r, column("得分"), leaf.score());
        put(sheet, r, reason, leaf.reason());
        merge(sheet, r, r, reason, reason + 1);
      }
      if (mergeLevels) {
        mergeRuns(sheet, column("一级指标"), false);
        mergeRuns(sheet, column("二级指标"), true);
      }
      int last = h + leaves.size();
      if (performanceColumn && leaves.size() > 1) {
        put(sheet, h + 1, 0, "绩效指标");
        merge(sheet, h + 1, last, 0, 0);
      }
      int total = last + 1;
      put(sheet, total, 0, "总分");
      merge(sheet, total, total, 0, column("分值") - 1);
      put(sheet, total, column("分值"), 100);
      put(sheet, total, column("得分"), total(this.total, h + 1, last));
      merge(sheet, total, total, reason, reason + 1);
    }

    /** The total as given, or the usual formula: the leaves' 得分 plus the budget line's. */
    private Object total(Object given, int first, int last) {
      if (given != null) {
        return given;
      }
      String scores = (char) ('A' + column("得分")) + "";
      return TestWorkbooks.formulaCell(
          "SUM(" + scores + (first + 1) + ":" + scores + (last + 1) + ")+H" + (FUNDS_ROW + 1));
    }

    private void mergeRuns(Sheet sheet, int column, boolean second) {
      int start = 0;
      for (int i = 1; i <= leaves.size(); i++) {
        boolean same =
            i < leaves.size()
                && leaves.get(i).first().equals(leaves.get(start).first())
                && (!second || leaves.get(i).second().equals(leaves.get(start).second()));
        if (!same) {
          if (i - 1 > start) {
            int r = TABLE_HEADER_ROW + 1;
            merge(sheet, r + start, r + i - 1, column, column);
          }
          start = i;
        }
      }
    }

    private static void merge(Sheet sheet, int r1, int r2, int c1, int c2) {
      sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }

    private static void put(Sheet sheet, int r, int c, Object value) {
      TestWorkbooks.writeCell(sheet, r, c, value);
    }
  }
}
